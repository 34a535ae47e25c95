// The languages the pages have words for, and how a page picks one: among the store's
// declared languages (a store selling in English and German offers no Turkish page, whatever
// the browser asks), the one the person chose before, else the browser's first, else the
// store's first. A store that declares none we speak gets English.

export type Language = 'en' | 'tr' | 'de';
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', tr: 'Türkçe', de: 'Deutsch' };
const LOCALES: Record<Language, string> = { en: 'en-GB', tr: 'tr-TR', de: 'de-DE' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_NAMES, value);
}

/** "tr-TR", "tr_tr" and "TR" are all Turkish. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/** The store's languages we speak, in the store's order; English when there are none (or no store yet). */
export function offeredLanguages(storeLanguages: readonly string[] | undefined): Language[] {
  if (storeLanguages === undefined) return Object.keys(LANGUAGE_NAMES).filter(isLanguage);
  const offered = [...new Set(storeLanguages.map(baseLanguage))].filter(isLanguage);
  return offered.length > 0 ? offered : ['en'];
}

export function chooseLanguage(offered: readonly Language[], saved: string | null, browser: readonly string[]): Language {
  if (isLanguage(saved) && offered.includes(saved)) return saved;
  for (const tag of browser) {
    const base = baseLanguage(tag);
    if (isLanguage(base) && offered.includes(base)) return base;
  }
  return offered[0] ?? 'en';
}

/** "{count} new claims" with count = 3 → "3 new claims". A name with no value stays as written. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** The {placeholders} a message uses: every language must use the same ones. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** A reason's subject in the page's language: its translation under any tag of that language ("de-de", "de"), else its subject. */
export function reasonLabel(reason: { subject: string; translations: Record<string, string> }, language: Language): string {
  const match = Object.entries(reason.translations).find(([tag]) => baseLanguage(tag) === language);
  return match?.[1] ?? reason.subject;
}
