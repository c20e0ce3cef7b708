// Growing delays after repeated sign-in attempts. Each attempt is counted before the
// password is checked (a success gives it back), the first few are free (typos happen),
// then each further one doubles the wait up to the rule's cap. Three rules apply together:
export const THROTTLE_RULES = {
  // One email from one address: the person typing, or someone guessing one account from one
  // place. Only that pair is slowed, so it can be strict.
  pair: { free: 5, baseDelayMs: 5_000, maxDelayMs: 15 * 60 * 1_000 },
  // One address across every email: password spraying. Offices and proxies share an
  // address, so it tolerates more before slowing down.
  ip: { free: 30, baseDelayMs: 5_000, maxDelayMs: 15 * 60 * 1_000 },
  // One email across every address: slow guessing from many places. Anyone can trip it for
  // a victim's email, so it starts late and its wait is capped at 30 s: that is the longest
  // anyone else's failures can hold the owner of the email out at a time.
  email: { free: 20, baseDelayMs: 5_000, maxDelayMs: 30 * 1_000 },
} as const;

export type ThrottleRuleName = keyof typeof THROTTLE_RULES;
export type ThrottleRule = (typeof THROTTLE_RULES)[ThrottleRuleName];

// A key with no attempt for this long (and no running delay) starts again from zero.
export const FORGET_AFTER_MS = 60 * 60 * 1_000;
// Rows forgotten this long ago are deleted, a bounded batch at a time.
export const PURGE_AFTER_MS = 2 * FORGET_AFTER_MS;
export const PURGE_BATCH = 500;
export const PURGE_EVERY_MS = 5 * 60 * 1_000;

// The wait imposed after the attempt numbered `attempts` (1 for the first).
export function delayAfterAttempts(attempts: number, rule: ThrottleRule): number {
  if (attempts < rule.free) return 0;
  return Math.min(rule.baseDelayMs * 2 ** (attempts - rule.free), rule.maxDelayMs);
}

// Every attempt count whose delay differs from the cap, so the database can look the delay
// up in one CASE expression; counts past the last one wait the cap.
export function delaySteps(rule: ThrottleRule): { attempts: number; delayMs: number }[] {
  const steps: { attempts: number; delayMs: number }[] = [];
  for (let attempts = rule.free; ; attempts++) {
    const delayMs = delayAfterAttempts(attempts, rule);
    if (delayMs >= rule.maxDelayMs) return steps;
    steps.push({ attempts, delayMs });
  }
}
