import { setTimeout as sleep } from 'node:timers/promises';

// Background work that runs now and then in a service process: never two runs at once (the
// next is scheduled when one ends), and stop() waits for a run in progress.

export interface Repeating {
  stop(): Promise<void>;
}

export function repeat(work: () => Promise<void>, options: { intervalMs: number; firstAfterMs: number }): Repeating {
  let stopped = false;
  let timeout: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = work().finally(() => {
      if (!stopped) timeout = setTimeout(tick, options.intervalMs);
    });
  };
  timeout = setTimeout(tick, options.firstAfterMs);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timeout);
      await running;
    },
  };
}

export interface Polling {
  start(): void;
  stop(): Promise<void>;
}

/**
 * An outbox loop: runs rounds back to back while they find work, waits `pollIntervalMs` after
 * one that found none. A failed round is reported and the loop goes on (what it had leased is
 * retried once its lease ends); stop() cuts the wait short and waits for a round in progress.
 */
export function pollWhileBusy(round: () => Promise<boolean>, options: { pollIntervalMs: number; onError: (error: unknown) => void }): Polling {
  let running: Promise<void> | undefined;
  const stopping = new AbortController();
  async function loop(): Promise<void> {
    while (!stopping.signal.aborted) {
      let busy = false;
      try {
        busy = await round();
      } catch (error) {
        options.onError(error);
      }
      if (!busy) {
        await sleep(options.pollIntervalMs, undefined, { signal: stopping.signal }).catch((error: unknown) => {
          if (!stopping.signal.aborted) throw error; // stop() cuts the wait short; anything else is a bug
        });
      }
    }
  }
  return {
    start() {
      running ??= loop();
    },
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
