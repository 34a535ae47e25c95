import { createContext, useContext } from 'react';
import type { Api, ConsoleSession } from '../api/client.js';
import { consoleI18n, type Translate } from './i18n/index.js';

export interface ConsoleContext {
  api: Api;
  session: ConsoleSession;
  /** A viewer reads only; the API refuses its writes whatever the page shows. */
  canAct: boolean;
  isOwner: boolean;
}

export const Console = createContext<ConsoleContext | undefined>(undefined);

export function useConsole(): ConsoleContext {
  const context = useContext(Console);
  if (context === undefined) throw new Error('useConsole outside a signed-in console');
  return context;
}

const english = consoleI18n('en').t;

/** "5m", "3h", "2d" ago. `t` is the page's language (English for a caller not yet passing one). */
export function ageOf(iso: string, t: Translate = english, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return t('queue.minutesShort', { count: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('queue.hoursShort', { count: hours });
  return t('queue.daysShort', { count: Math.round(hours / 24) });
}

export function label(value: string): string {
  return value.replaceAll('_', ' ');
}
