import { createContext, useContext } from 'react';
import type { Api, ConsoleSession } from '../api/client.js';

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

export function ageOf(iso: string, now = Date.now()): string {
  const minutes = Math.max(0, Math.round((now - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours}h`;
  return `${Math.round(hours / 24)}d`;
}

export function label(value: string): string {
  return value.replaceAll('_', ' ');
}
