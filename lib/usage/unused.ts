import { DAY_MS, USAGE_RETENTION_DAYS } from "./time";

export const UNUSED_AFTER_DAYS = USAGE_RETENTION_DAYS;

// A token nobody has used for 90 days is worth revoking. A token never used counts from its
// creation, so a new token is not flagged before it had the chance to be used. A revoked
// token is past any advice.
export function isUnused(
  token: { createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null },
  now: Date,
): boolean {
  if (token.revokedAt) return false;
  const since = token.lastUsedAt ?? token.createdAt;
  return now.getTime() - since.getTime() >= UNUSED_AFTER_DAYS * DAY_MS;
}
