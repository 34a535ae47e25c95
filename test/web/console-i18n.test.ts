import { describe, expect, it } from 'vitest';
import { AREAS, CONSOLE_MESSAGES, consoleI18n } from '../../web/src/console/i18n/index.js';
import { MESSAGES as PORTAL_MESSAGES } from '../../web/src/portal/i18n.js';
import { LANGUAGE_NAMES, placeholdersOf, type Language } from '../../web/src/shared/languages.js';

// The console and the portal speak every language they offer completely: the same keys in
// each language (the types hold that), the same {placeholders}, no empty words, and a
// translation rather than the English copied over.

const LANGUAGES = Object.keys(LANGUAGE_NAMES) as Language[];

describe('the console catalogue', () => {
  it('keeps each area to its own keys, so no area overwrites another\'s words', () => {
    const seen = new Map<string, string>();
    for (const [area, catalogue] of Object.entries(AREAS)) {
      for (const key of Object.keys(catalogue.en)) {
        expect(seen.get(key), `${key} in ${area}`).toBeUndefined();
        expect(key.startsWith(`${area}.`) || (area === 'queue' && key.startsWith('overview.')), `${key} in ${area}`).toBe(true);
        seen.set(key, area);
      }
    }
    expect(seen.size).toBe(Object.keys(CONSOLE_MESSAGES.en).length);
  });

  describe.each([['console', CONSOLE_MESSAGES], ['portal', PORTAL_MESSAGES]] as const)('the %s', (_name, messages) => {
    it.each(LANGUAGES)('has every word in %s, with the placeholders of the English', (language) => {
      const english: Record<string, string> = messages.en;
      const words: Record<string, string> = messages[language];
      expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(words)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholdersOf(text), key).toEqual(placeholdersOf(english[key] ?? ''));
      }
    });

    it.each(LANGUAGES.filter((language) => language !== 'en'))('translates rather than copies the English in %s', (language) => {
      const english: Record<string, string> = messages.en;
      const words: Record<string, string> = messages[language];
      const copied = Object.keys(english).filter((key) => words[key] === english[key] && /[a-z]{4,}/i.test(english[key] ?? ''));
      // Words that are the same in both (a "Status", a "Webhook", "OK") may stay; a copied catalogue may not.
      expect(copied.length / Object.keys(english).length, copied.join(', ')).toBeLessThan(0.08);
    });
  });

  it('fills a message\'s placeholders and names run-time words, falling back to the value', () => {
    const { t, tn, locale } = consoleI18n('de');
    expect(locale).toBe('de-DE');
    expect(t('app.queue')).toBe('Warteschlange');
    expect(tn('common.status_', 'waiting_on_customer')).toBe('wartet auf Kunden');
    expect(tn('common.status_', 'something_new')).toBe('something new');
  });
});
