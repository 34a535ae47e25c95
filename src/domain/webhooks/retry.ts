export interface RetryPolicy {
  /** Attempts per delivery, the first included. */
  attemptsMax: number;
  /** The wait before the first retry; each later wait is `growth` times the one before. */
  firstRetryMs: number;
  growth: number;
  /** No wait grows beyond this. */
  retryCapMs: number;
  /** Each wait is scaled by a random factor in [1 - jitter, 1 + jitter]. */
  jitter: number;
}

/**
 * Ten attempts over about a day: retries after ~30 s, 1.5 min, 4.5 min, 13.5 min, 40 min,
 * 2 h, 6 h, 8 h and 8 h (≈ 25 h in all), each ±20 % so a recovering receiver is not hit
 * by every sender at once.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { attemptsMax: 10, firstRetryMs: 30_000, growth: 3, retryCapMs: 8 * 3_600_000, jitter: 0.2 };

/** No configuration may ask for more attempts than this, manual retries included. */
export const ATTEMPTS_HARD_MAX = 30;

/** The wait after failed attempt number `attempt` (1-based); `random` is in [0, 1). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: number): number {
  const base = Math.min(policy.retryCapMs, policy.firstRetryMs * policy.growth ** (Math.max(1, attempt) - 1));
  const factor = 1 - policy.jitter + 2 * policy.jitter * Math.min(Math.max(random, 0), 1);
  return Math.round(base * factor);
}

/** What happens to a delivery after an attempt. */
export type AttemptOutcome =
  | { status: 'succeeded' }
  | { status: 'pending'; nextAttemptAt: Date }
  | { status: 'failed' };

export function afterAttempt(
  policy: RetryPolicy, delivery: { attemptCount: number; attemptsMax: number }, succeeded: boolean, at: Date, random: number,
): AttemptOutcome {
  if (succeeded) return { status: 'succeeded' };
  if (delivery.attemptCount >= delivery.attemptsMax) return { status: 'failed' };
  return { status: 'pending', nextAttemptAt: new Date(at.getTime() + retryDelayMs(policy, delivery.attemptCount, random)) };
}

export interface DisablePolicy {
  /** Consecutive failed attempts to one endpoint, across its deliveries… */
  failuresMin: number;
  /** …over at least this long, before the endpoint is switched off. */
  failingForMs: number;
}

/** An endpoint that has failed every attempt for three days (and at least 30 of them) is switched off. */
export const DEFAULT_DISABLE_POLICY: DisablePolicy = { failuresMin: 30, failingForMs: 3 * 24 * 3_600_000 };

export function shouldDisable(policy: DisablePolicy, run: { failureCount: number; failingSince: Date | null }, at: Date): boolean {
  if (run.failingSince === null) return false;
  return run.failureCount >= policy.failuresMin && at.getTime() - run.failingSince.getTime() >= policy.failingForMs;
}

/** A 2xx answer is a delivery; anything else (redirects included) is a failure to retry. */
export function isSuccessStatus(statusCode: number): boolean {
  return statusCode >= 200 && statusCode < 300;
}
