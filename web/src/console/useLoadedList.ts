import { useCallback, useEffect, useState } from 'react';
import { problemOf } from '../api/client.js';
import { useT } from './i18n/index.js';
import { noticeAfter, type Answer, type Notice, type Words } from './notice.js';

// One list of the console as the API pages it: loaded on mount and whenever its loader
// changes (pass one made with useCallback), loaded again after each write through `run`,
// with the notice that says how the last load or write went.

/** A list's call, or undefined while there is nothing to load (the list is then empty). */
export type ListLoader<T> = () => Promise<{ data?: { data: T[] }; error?: unknown; response: Response }> | undefined;

/** Sends one write, says how it went and, when it went through, loads the list again. */
export type Run = (call: () => Promise<Answer>, words?: Words) => Promise<boolean>;

export interface LoadedList<T> {
  items: T[];
  notice: Notice | undefined;
  reload: () => Promise<void>;
  run: Run;
}

export function useLoadedList<T>(load: ListLoader<T>): LoadedList<T> {
  const { t } = useT();
  const [items, setItems] = useState<T[]>([]);
  const [notice, setNotice] = useState<Notice | undefined>();
  const reload = useCallback(async () => {
    const pending = load();
    if (pending === undefined) return setItems([]);
    const { data, error, response } = await pending;
    if (data === undefined) return setNotice({ kind: 'error', text: problemOf(error, response).detail });
    setItems(data.data);
  }, [load]);
  useEffect(() => { void reload(); }, [reload]);
  const run = useCallback<Run>(async (call, words) => {
    const answer = await call();
    setNotice(noticeAfter(answer, words, t));
    if (!answer.response.ok) return false;
    await reload();
    return true;
  }, [reload, t]);
  return { items, notice, reload, run };
}
