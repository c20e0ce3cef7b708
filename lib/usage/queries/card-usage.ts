import "server-only";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { db, type DbClient } from "@/lib/db/client";
import type { CardUsageDto } from "../dto";
import { dayStart, HOURS_PER_DAY, lastDays } from "../time";
import { isUnused } from "../unused";

export const CARD_TREND_DAYS = 7;

// A literal, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
const PER_DAY = Prisma.raw(String(HOURS_PER_DAY));

type TrendRow = {
  tokenId: string;
  day: number | bigint;
  ok: number | bigint | null;
  refused: number | bigint | null;
};

export type CardUsageInput = {
  id: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

// The 7-day trend and the "unused" flag of every card on a page of the API list, in one
// query for the whole page whatever its size. Tokens must be the account's own: the query
// repeats the account condition, so a stray id from elsewhere contributes nothing.
export async function loadCardUsage(
  accountId: string,
  tokens: readonly CardUsageInput[],
  now = new Date(),
  client: DbClient = db(),
): Promise<Record<string, CardUsageDto>> {
  if (tokens.length === 0) return {};
  const days = lastDays(now, CARD_TREND_DAYS);
  const firstHour = (days[0] ?? 0) * HOURS_PER_DAY;
  const rows = await client.$queryRaw<TrendRow[]>`
    SELECT u."tokenId" AS "tokenId", u."hour" / ${PER_DAY} AS "day",
      SUM(CASE WHEN u."outcome" = 'ok' THEN u."count" ELSE 0 END) AS "ok",
      SUM(CASE WHEN u."outcome" <> 'ok' THEN u."count" ELSE 0 END) AS "refused"
    FROM "TokenUsageHour" u JOIN "ApiToken" t ON t."id" = u."tokenId"
    WHERE t."accountId" = ${accountId}
      AND u."tokenId" IN (${Prisma.join(tokens.map((t) => t.id))})
      AND u."hour" >= ${firstHour}
    GROUP BY u."tokenId", u."hour" / ${PER_DAY}`;
  const counts = new Map<string, { ok: number; refused: number }>();
  for (const row of rows) {
    counts.set(`${row.tokenId}:${Number(row.day)}`, {
      ok: Number(row.ok ?? 0),
      refused: Number(row.refused ?? 0),
    });
  }
  return Object.fromEntries(
    tokens.map((token) => [
      token.id,
      {
        trend: days.map((day) => {
          const count = counts.get(`${token.id}:${day}`);
          return {
            day: dayStart(day).toISOString().slice(0, 10),
            successes: count?.ok ?? 0,
            refusals: count?.refused ?? 0,
          };
        }),
        unused: isUnused(
          {
            createdAt: new Date(token.createdAt),
            lastUsedAt: token.lastUsedAt ? new Date(token.lastUsedAt) : null,
            revokedAt: token.revokedAt ? new Date(token.revokedAt) : null,
          },
          now,
        ),
      },
    ]),
  );
}
