import { fillPlaceholders, type MessageParams, type Say } from '../shared/drf-messages.js';
import { acceptedLanguages } from '../shared/language.js';

// The human texts of this door. Like Django's gettext, a text is its English sentence
// (DRF's own wording) with {named} placeholders; other languages look it up by that sentence.

export interface ScText {
  msgid: string;
  params?: MessageParams;
}

export const SC_LANGUAGES = ['en', 'tr'] as const;
export type ScLanguage = (typeof SC_LANGUAGES)[number];

const TURKISH: Record<string, string> = {
  'Authentication credentials were not provided.': 'Kimlik doğrulama bilgileri sağlanmadı.',
  'Invalid token.': 'Geçersiz token.',
  'You do not have permission to perform this action.': 'Bu işlemi yapmak için izniniz bulunmuyor.',
  'Not found.': 'Bulunamadı.',
  'Invalid page.': 'Geçersiz sayfa.',
  'This field is required.': 'Bu alan zorunludur.',
  'This field may not be blank.': 'Bu alan boş bırakılamaz.',
  'Not a valid string.': 'Geçerli bir metin değil.',
  'Enter a valid URL.': 'Geçerli bir URL girin.',
  'Expected a list of items.': 'Bir öğe listesi bekleniyordu.',
  'Ensure this field has no more than {limit} characters.': 'Bu alanın {limit} karakterden uzun olmadığından emin olun.',
  'Ensure this field has no more than {limit} elements.': 'Bu alanın {limit} öğeden fazla içermediğinden emin olun.',
  'Invalid data. Expected a dictionary.': 'Geçersiz veri. Bir sözlük bekleniyordu.',
  'Enter a valid date/time.': 'Geçerli bir tarih/saat girin.',
  'A valid integer is required.': 'Geçerli bir tam sayı gereklidir.',
  'Ensure this value is greater than or equal to {min}.': 'Bu değerin {min} veya daha büyük olduğundan emin olun.',
  'Select a valid choice. {value} is not one of the available choices.': 'Geçerli bir seçim yapın. {value} mevcut seçeneklerden biri değil.',
  'This claim can no longer be approved.': 'Bu talep artık onaylanamaz.',
  'This claim can no longer be rejected.': 'Bu talep artık reddedilemez.',
  'JSON parse error.': 'JSON ayrıştırma hatası.',
};

const CATALOGUES: Record<ScLanguage, Record<string, string>> = { en: {}, tr: TURKISH };

/** The first language of Accept-Language this door speaks (by primary subtag), else English. */
export function languageOf(header: string | undefined): ScLanguage {
  for (const tag of acceptedLanguages(header)) {
    const primary = tag.split('-')[0];
    const known = SC_LANGUAGES.find((language) => language === primary);
    if (known !== undefined) return known;
  }
  return 'en';
}

export function localise(text: ScText, language: ScLanguage): string {
  const catalogue = CATALOGUES[language];
  return fillPlaceholders(Object.hasOwn(catalogue, text.msgid) ? catalogue[text.msgid] ?? text.msgid : text.msgid, text.params);
}

export const text: Say<ScText> = (msgid, params) => (params === undefined ? { msgid } : { msgid, params });

/** DRF's sentences said in one of this door's languages. */
export function sayIn(language: ScLanguage): Say<string> {
  return (msgid, params) => localise(text(msgid, params), language);
}

/** A malformed value of a known query parameter (400, DRF field errors). */
export class ScQueryError extends Error {
  constructor(readonly fields: Record<string, ScText[]>) {
    super(`invalid query: ${Object.keys(fields).join(', ')}`);
    this.name = 'ScQueryError';
  }
}

/** DRF's answer to a page number that is not a page, by this door's name for it. */
export { DrfInvalidPage as ScInvalidPage } from '../shared/drf-errors.js';
