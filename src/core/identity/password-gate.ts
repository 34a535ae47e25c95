import pLimit, { type LimitFunction } from 'p-limit';

// Password hashing (argon2id, 64 MiB and a few tens of milliseconds of CPU each) runs at
// most `concurrency` at a time, so a flood of sign-ins cannot take every worker thread
// and every core from the requests that need none. Anonymous callers (sign-in) may only
// queue up to `queueMax` behind them; past that they are told to come back (busy).
// Authenticated callers (an owner setting a password) always queue.

export interface PasswordHashingLimits {
  /** Hashes computed at once. */
  concurrency: number;
  /** Sign-ins that may wait for a turn; one more is answered "busy". */
  queueMax: number;
}

export const PASSWORD_HASHING_DEFAULTS: PasswordHashingLimits = { concurrency: 2, queueMax: 32 };

export class PasswordGate {
  readonly #limit: LimitFunction;

  constructor(readonly limits: PasswordHashingLimits = PASSWORD_HASHING_DEFAULTS) {
    this.#limit = pLimit(Math.max(1, limits.concurrency));
  }

  /** Hashes running now. */
  get active(): number {
    return this.#limit.activeCount;
  }

  /** Hashes waiting for a turn. */
  get queued(): number {
    return this.#limit.pendingCount;
  }

  /** Runs the task in turn, however long the queue. */
  run<T>(task: () => Promise<T>): Promise<T> {
    return this.#limit(task);
  }

  /** Runs the task in turn, or answers undefined at once when the queue is full. */
  tryRun<T>(task: () => Promise<T>): Promise<T> | undefined {
    if (this.#limit.activeCount >= this.#limit.concurrency && this.#limit.pendingCount >= this.limits.queueMax) return undefined;
    return this.#limit(task);
  }
}
