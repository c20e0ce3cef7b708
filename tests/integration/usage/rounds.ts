import type { UsageRecorder } from "@/lib/usage/recorder";

// What each instance of the concurrency test records per round: per token, 3 successes
// and 1 refusal, from addresses both instances share.
export const PER_ROUND = { ok: 3, expired: 1 } as const;

export function noteRound(usage: UsageRecorder, tokenIds: readonly string[], now: Date): void {
  for (const id of tokenIds) {
    for (let i = 0; i < PER_ROUND.ok; i++) usage.note(id, "ok", `198.51.100.${i}`, now);
    for (let i = 0; i < PER_ROUND.expired; i++) usage.note(id, "expired", "192.0.2.1", now);
  }
}
