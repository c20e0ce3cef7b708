// Retries go on for this long after the event, then the delivery is abandoned.
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
// An endpoint whose every attempt has failed for this long is disabled.
export const DISABLE_AFTER_FAILING_MS = 24 * 60 * 60 * 1000;

const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60 * 1000;
const JITTER = 0.2;

// Exponential backoff after the nth failed attempt: 30 s, 1 min, 2, 4, 8, … capped at one
// hour, each ±20 % at random so endpoints that failed together are not retried together.
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const base = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, failedAttempts - 1), MAX_DELAY_MS);
  return Math.round(base * (1 - JITTER + 2 * JITTER * random()));
}

// When to try again, or null when the retry window is over and the delivery is abandoned.
// The last attempt is made at the very end of the window rather than skipped.
export function nextAttemptAt(
  createdAt: Date,
  failedAttempts: number,
  now: Date,
  random?: () => number,
): Date | null {
  const windowEnd = createdAt.getTime() + RETRY_WINDOW_MS;
  if (now.getTime() >= windowEnd) return null;
  return new Date(Math.min(now.getTime() + retryDelayMs(failedAttempts, random), windowEnd));
}
