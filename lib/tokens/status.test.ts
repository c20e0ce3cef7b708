import { describe, expect, it } from "vitest";
import {
  createdWhere,
  CREATED_FILTERS,
  isExpiringSoon,
  STATUS_FILTERS,
  statusWhere,
  tokenStatus,
  type StatusDates,
  type TokenDateWhere,
} from "./status";

const NOW = new Date("2026-06-15T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const at = (offsetDays: number) => new Date(NOW.getTime() + offsetDays * DAY);
const dates = (over: Partial<StatusDates> = {}): StatusDates => ({
  revokedAt: null,
  expiresAt: null,
  disabledAt: null,
  ...over,
});

describe("tokenStatus", () => {
  it("is enabled with no dates set, or an expiry in the future", () => {
    expect(tokenStatus(dates(), NOW)).toBe("enabled");
    expect(tokenStatus(dates({ expiresAt: at(30) }), NOW)).toBe("enabled");
  });

  it("is expired from the instant expiresAt is reached", () => {
    expect(tokenStatus(dates({ expiresAt: NOW }), NOW)).toBe("expired");
    expect(tokenStatus(dates({ expiresAt: new Date(NOW.getTime() + 1) }), NOW)).toBe("enabled");
  });

  it("applies the precedence Revoked → Expired → Disabled → Enabled", () => {
    const all = dates({ revokedAt: at(-2), expiresAt: at(-1), disabledAt: at(-3) });
    expect(tokenStatus(all, NOW)).toBe("revoked");
    expect(tokenStatus({ ...all, revokedAt: null }, NOW)).toBe("expired");
    expect(tokenStatus({ ...all, revokedAt: null, expiresAt: at(5) }, NOW)).toBe("disabled");
    expect(tokenStatus(dates({ revokedAt: at(-1), expiresAt: at(10) }), NOW)).toBe("revoked");
  });
});

describe("isExpiringSoon", () => {
  it("marks an enabled token expiring within 7 days", () => {
    expect(isExpiringSoon(dates({ expiresAt: at(7) }), NOW)).toBe(true);
    expect(isExpiringSoon(dates({ expiresAt: at(0.01) }), NOW)).toBe(true);
  });

  it("does not mark tokens expiring later, never, or that are not enabled", () => {
    expect(isExpiringSoon(dates({ expiresAt: at(7.01) }), NOW)).toBe(false);
    expect(isExpiringSoon(dates(), NOW)).toBe(false);
    expect(isExpiringSoon(dates({ expiresAt: at(3), disabledAt: at(-1) }), NOW)).toBe(false);
    expect(isExpiringSoon(dates({ expiresAt: at(3), revokedAt: at(-1) }), NOW)).toBe(false);
    expect(isExpiringSoon(dates({ expiresAt: at(-1) }), NOW)).toBe(false);
  });
});

// A tiny evaluator of the where fragments, enough to check them against tokenStatus.
type Row = StatusDates & { createdAt: Date };
function matches(row: Row, where: TokenDateWhere): boolean {
  const field = (value: Date | null, condition: TokenDateWhere["revokedAt"]): boolean => {
    if (condition === undefined) return true;
    if (condition === null) return value === null;
    if ("not" in condition) return value !== null;
    if (value === null) return false;
    const t = value.getTime();
    return (
      (condition.gt === undefined || t > condition.gt.getTime()) &&
      (condition.gte === undefined || t >= condition.gte.getTime()) &&
      (condition.lt === undefined || t < condition.lt.getTime()) &&
      (condition.lte === undefined || t <= condition.lte.getTime())
    );
  };
  return (
    field(row.revokedAt, where.revokedAt) &&
    field(row.expiresAt, where.expiresAt) &&
    field(row.disabledAt, where.disabledAt) &&
    field(row.createdAt, where.createdAt) &&
    (where.OR === undefined || where.OR.some((branch) => matches(row, branch)))
  );
}

const optional = [null, at(-10), at(-0.5)];
const expiries = [null, at(-1), NOW, at(0.5), at(7), at(8), at(400)];
const rows: Row[] = optional.flatMap((revokedAt) =>
  optional.flatMap((disabledAt) =>
    expiries.map((expiresAt) => ({ revokedAt, disabledAt, expiresAt, createdAt: at(-1) })),
  ),
);

describe("statusWhere", () => {
  it("has the six filter values of the Status menu", () => {
    expect(STATUS_FILTERS).toEqual(["any", "enabled", "disabled", "expiring_soon", "expired", "revoked"]);
  });

  it("selects exactly the tokens whose derived status matches, for every combination of dates", () => {
    for (const row of rows) {
      const status = tokenStatus(row, NOW);
      expect(matches(row, statusWhere("any", NOW))).toBe(true);
      expect(matches(row, statusWhere("revoked", NOW))).toBe(status === "revoked");
      expect(matches(row, statusWhere("expired", NOW))).toBe(status === "expired");
      expect(matches(row, statusWhere("disabled", NOW))).toBe(status === "disabled");
      expect(matches(row, statusWhere("enabled", NOW))).toBe(status === "enabled");
      expect(matches(row, statusWhere("expiring_soon", NOW))).toBe(isExpiringSoon(row, NOW));
    }
  });

  it("is a plain object Prisma understands", () => {
    expect(statusWhere("revoked", NOW)).toEqual({ revokedAt: { not: null } });
    expect(statusWhere("expired", NOW)).toEqual({ revokedAt: null, expiresAt: { lte: NOW } });
  });
});

describe("createdWhere", () => {
  it("has the four filter values of the Created menu", () => {
    expect(CREATED_FILTERS).toEqual(["any", "last_7_days", "last_30_days", "older_than_30_days"]);
  });

  it("splits tokens by creation date at 7 and 30 days", () => {
    const row = (days: number): Row => ({ ...dates(), createdAt: at(-days) });
    expect(matches(row(400), createdWhere("any", NOW))).toBe(true);
    expect(matches(row(6.9), createdWhere("last_7_days", NOW))).toBe(true);
    expect(matches(row(7), createdWhere("last_7_days", NOW))).toBe(true);
    expect(matches(row(7.1), createdWhere("last_7_days", NOW))).toBe(false);
    expect(matches(row(29), createdWhere("last_30_days", NOW))).toBe(true);
    expect(matches(row(31), createdWhere("last_30_days", NOW))).toBe(false);
    expect(matches(row(31), createdWhere("older_than_30_days", NOW))).toBe(true);
    expect(matches(row(30), createdWhere("older_than_30_days", NOW))).toBe(false);
    expect(matches(row(29), createdWhere("older_than_30_days", NOW))).toBe(false);
  });
});
