import { DENY_REASONS, type DenyReason } from "@/lib/tokens/verify-token";

// Refusals that say nothing about a token: no token, a typo, or a wrong secret. Anyone can
// write a token's public id, so counting these against it would let a stranger fill its
// chart; every other refusal happens only after the secret matched.
const NOT_A_USE = ["missing", "malformed", "unknown"] as const satisfies readonly DenyReason[];

export type CountedRefusal = Exclude<DenyReason, (typeof NOT_A_USE)[number]>;
export type UsageOutcome = "ok" | CountedRefusal;

export const COUNTED_REFUSALS = DENY_REASONS.filter(
  (reason): reason is CountedRefusal => !(NOT_A_USE as readonly string[]).includes(reason),
);

export const USAGE_OUTCOMES: readonly UsageOutcome[] = ["ok", ...COUNTED_REFUSALS];

export function isCountedRefusal(reason: DenyReason): reason is CountedRefusal {
  return !(NOT_A_USE as readonly string[]).includes(reason);
}
