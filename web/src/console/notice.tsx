import { problemOf } from '../api/client.js';
import { consoleI18n, type Translate } from './i18n/index.js';

// The one line a console page says about its last load or write: done, or the API's own
// refusal, prefixed with what was tried.

export interface Notice { kind: 'ok' | 'error'; text: string }

/** A call's answer as openapi-fetch gives it. */
export interface Answer { data?: unknown; error?: unknown; response: Response }

/** How a write is named: `what` prefixes the refusal and gives "what: done."; `done` replaces that. */
export interface Words { what?: string; done?: string }

const english = consoleI18n('en').t;

/** `t` is the page's language (English for a caller not yet passing one). */
export function noticeAfter(answer: Answer, words: Words = {}, t: Translate = english): Notice | undefined {
  const prefix = words.what === undefined ? '' : `${words.what}: `;
  if (!answer.response.ok) return { kind: 'error', text: `${prefix}${problemOf(answer.error, answer.response).detail}` };
  const done = words.done ?? (words.what === undefined ? undefined : t('queue.noticeDone', { what: words.what }));
  return done === undefined ? undefined : { kind: 'ok', text: done };
}

export function NoticeLine({ notice }: { notice: Notice | undefined }) {
  if (notice === undefined) return null;
  return <p className={`notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p>;
}
