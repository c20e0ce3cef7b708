import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { db, type DbClient } from "@/lib/db/client";
import type { TokenUsageDto, UsageDay } from "../dto";
import { COUNTED_REFUSALS, type CountedRefusal } from "../outcomes";
import { dayStart, HOURS_PER_DAY, lastDays } from "../time";

export const USAGE_CHART_DAYS = 30;

type DayRow = { day: number | bigint; outcome: string; count: number | bigint };

// A literal, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
const PER_DAY = Prisma.raw(String(HOURS_PER_DAY));
const isoDay = (day: number) => dayStart(day).toISOString().slice(0, 10);
const refusalReasons: ReadonlySet<string> = new Set(COUNTED_REFUSALS);

// The token page's usage: verifications per UTC day for the last 30 days (successes, and
// refusals by reason) and the latest client addresses. Null when the token
// is not one of this account's, so another account's id reads as "not found".
export async function loadTokenUsage(
  accountId: string,
  tokenId: string,
  now = new Date(),
  client: DbClient = db(),
): Promise<TokenUsageDto | null> {
  const token = await client.apiToken.findFirst({
    where: { id: tokenId, accountId },
    select: { id: true },
  });
  if (!token) return null;
  const days = lastDays(now, USAGE_CHART_DAYS);
  const firstHour = (days[0] ?? 0) * HOURS_PER_DAY;
  const [rows, addresses] = await Promise.all([
    client.$queryRaw<DayRow[]>`
      SELECT "hour" / ${PER_DAY} AS "day", "outcome", SUM("count") AS "count"
      FROM "TokenUsageHour" WHERE "tokenId" = ${token.id} AND "hour" >= ${firstHour}
      GROUP BY "hour" / ${PER_DAY}, "outcome"`,
    client.tokenClientAddress.findMany({
      where: { tokenId: token.id },
      orderBy: [{ lastSeenAt: "desc" }, { address: "asc" }],
      select: { address: true, firstSeenAt: true, lastSeenAt: true },
    }),
  ]);
  const byDay = new Map<number, UsageDay>(
    days.map((day) => [day, { day: isoDay(day), successes: 0, refusals: 0, byReason: {} }]),
  );
  for (const row of rows) {
    const entry = byDay.get(Number(row.day));
    if (!entry) continue;
    const count = Number(row.count);
    if (row.outcome === "ok") entry.successes += count;
    else if (refusalReasons.has(row.outcome)) {
      const reason = row.outcome as CountedRefusal;
      entry.refusals += count;
      entry.byReason[reason] = (entry.byReason[reason] ?? 0) + count;
    }
  }
  return {
    days: [...byDay.values()],
    addresses: addresses.map((a) => ({
      address: a.address,
      firstSeenAt: a.firstSeenAt.toISOString(),
      lastSeenAt: a.lastSeenAt.toISOString(),
    })),
  };
}
