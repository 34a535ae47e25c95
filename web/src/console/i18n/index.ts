import { createContext, useContext } from 'react';
import { fill, localeOf, type Language } from '../../shared/languages.js';
import * as app from './app.js';
import * as claim from './claim.js';
import * as common from './common.js';
import * as queue from './queue.js';
import * as settings from './settings.js';

// The console's words, one catalogue per area (the frame, shared words, the queue and overview, the claim
// page, settings), each in every language the console speaks. A key names its area
// ("queue.needsAction"), so areas never overwrite each other's words; the catalogue test
// holds every language to the same keys and the same {placeholders}.

export const AREAS = { app, common, queue, claim, settings };

const en = { ...app.en, ...common.en, ...queue.en, ...claim.en, ...settings.en };
export type ConsoleKey = keyof typeof en;

export const CONSOLE_MESSAGES: Record<Language, Record<ConsoleKey, string>> = {
  en,
  tr: { ...app.tr, ...common.tr, ...queue.tr, ...claim.tr, ...settings.tr },
  de: { ...app.de, ...common.de, ...queue.de, ...claim.de, ...settings.de },
};

export type Translate = (key: ConsoleKey, values?: Record<string, string | number>) => string;

export interface ConsoleI18n {
  language: Language;
  /** For dates and amounts: "de-DE". */
  locale: string;
  t: Translate;
  /** A word named at run time ("app.role_" + role), or the value itself when the catalogue has none. */
  tn: (prefix: string, value: string, values?: Record<string, string | number>) => string;
}

export function consoleI18n(language: Language): ConsoleI18n {
  const messages = CONSOLE_MESSAGES[language];
  const known = (key: string): key is ConsoleKey => Object.hasOwn(messages, key);
  return {
    language,
    locale: localeOf(language),
    t: (key, values) => fill(messages[key], values),
    tn: (prefix, value, values) => { const key = `${prefix}${value}`; return known(key) ? fill(messages[key], values) : value.replaceAll('_', ' '); },
  };
}

export const ConsoleI18nContext = createContext<ConsoleI18n>(consoleI18n('en'));
export const useT = () => useContext(ConsoleI18nContext);
