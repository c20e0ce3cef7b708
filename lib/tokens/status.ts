export const TOKEN_STATUSES = ["enabled", "disabled", "expired", "revoked"] as const;
export type TokenStatus = (typeof TOKEN_STATUSES)[number];

export const STATUS_FILTERS = ["any", "enabled", "disabled", "expiring_soon", "expired", "revoked"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const CREATED_FILTERS = ["any", "last_7_days", "last_30_days", "older_than_30_days"] as const;
export type CreatedFilter = (typeof CREATED_FILTERS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
export const EXPIRING_SOON_MS = 7 * DAY_MS;

export type StatusDates = { revokedAt: Date | null; expiresAt: Date | null; disabledAt: Date | null };

// A token expires at the instant expiresAt is reached, the same boundary statusWhere uses.
export function tokenStatus(token: StatusDates, now: Date): TokenStatus {
  if (token.revokedAt !== null) return "revoked";
  if (token.expiresAt !== null && token.expiresAt.getTime() <= now.getTime()) return "expired";
  if (token.disabledAt !== null) return "disabled";
  return "enabled";
}

export function isExpiringSoon(token: StatusDates, now: Date): boolean {
  return (
    tokenStatus(token, now) === "enabled" &&
    token.expiresAt !== null &&
    token.expiresAt.getTime() - now.getTime() <= EXPIRING_SOON_MS
  );
}

// Shaped like Prisma's ApiTokenWhereInput without importing it, so this module stays pure.
type DateRange = { gt?: Date; gte?: Date; lt?: Date; lte?: Date };
type DateCondition = null | { not: null } | DateRange;
export type TokenDateWhere = {
  revokedAt?: DateCondition;
  expiresAt?: DateCondition;
  disabledAt?: DateCondition;
  createdAt?: DateRange;
  OR?: TokenDateWhere[];
};

// Each filter excludes the statuses that take precedence over it
// (Revoked → Expired → Disabled → Enabled), so a token matches exactly one status filter.
export function statusWhere(filter: StatusFilter, now: Date): TokenDateWhere {
  const notExpired: TokenDateWhere = { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  switch (filter) {
    case "any":
      return {};
    case "revoked":
      return { revokedAt: { not: null } };
    case "expired":
      return { revokedAt: null, expiresAt: { lte: now } };
    case "disabled":
      return { revokedAt: null, disabledAt: { not: null }, ...notExpired };
    case "enabled":
      return { revokedAt: null, disabledAt: null, ...notExpired };
    case "expiring_soon":
      return {
        revokedAt: null,
        disabledAt: null,
        expiresAt: { gt: now, lte: new Date(now.getTime() + EXPIRING_SOON_MS) },
      };
  }
}

export function createdWhere(filter: CreatedFilter, now: Date): TokenDateWhere {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  switch (filter) {
    case "any":
      return {};
    case "last_7_days":
      return { createdAt: { gte: daysAgo(7) } };
    case "last_30_days":
      return { createdAt: { gte: daysAgo(30) } };
    case "older_than_30_days":
      return { createdAt: { lt: daysAgo(30) } };
  }
}
