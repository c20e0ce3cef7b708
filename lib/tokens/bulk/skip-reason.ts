import type { BulkAction } from "./bulk.schema";

export const SKIP_REASONS = [
  "not_found",
  "already_disabled",
  "already_enabled",
  "already_revoked",
  "revoked",
  "failed",
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export type BulkCandidate = { revokedAt: Date | null; disabledAt: Date | null };

// Why a token's current state leaves nothing for the action to do, or null when the
// single-token command applies: the same rules as the card menu (a revoked token is frozen;
// any token can be deleted).
export function skipReason(action: BulkAction, token: BulkCandidate): SkipReason | null {
  switch (action) {
    case "disable":
      if (token.revokedAt) return "revoked";
      return token.disabledAt ? "already_disabled" : null;
    case "enable":
      if (token.revokedAt) return "revoked";
      return token.disabledAt ? null : "already_enabled";
    case "revoke":
      return token.revokedAt ? "already_revoked" : null;
    case "delete":
      return null;
  }
}
