/**
 * The languages a client accepts, best first, as lowercase BCP 47 tags ("tr-TR;q=0.8" → "tr-tr").
 */
export function acceptedLanguages(header: string | undefined): string[] {
  if (header === undefined || header.trim() === '') return [];
  return header.split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((parameter) => /^\s*q=([0-9.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim().toLowerCase().replace('_', '-'), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

/**
 * The best translation for the accepted languages (exact tag, then primary language), else
 * undefined. Only the translations' own entries count: `Accept-Language: constructor` must
 * not find Object.prototype's.
 */
export function pickTranslation(translations: Record<string, string>, accepted: readonly string[]): string | undefined {
  for (const language of accepted) {
    const exact = Object.hasOwn(translations, language) ? translations[language] : undefined;
    if (typeof exact === 'string') return exact;
    const primary = language.split('-')[0];
    const sameLanguage = Object.keys(translations).find((key) => key === primary || key.split('-')[0] === primary);
    if (sameLanguage !== undefined) return translations[sameLanguage];
  }
  return undefined;
}
