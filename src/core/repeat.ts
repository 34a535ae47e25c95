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
