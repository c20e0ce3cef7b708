import "server-only";
import { databaseProvider } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { db, type Prisma } from "@/lib/db/client";
import { searchQueryKey } from "./search-key";

// Both trigram indexes answer a substring of at least three characters; shorter ones read
// the account's keys instead, which is still correct and short queries match many names.
const TRIGRAM_LENGTH = 3;

// When more of the account's tokens than this contain the text, the index no longer narrows
// the list much: reading the keys newest first fills a page at once.
export const SEARCH_CANDIDATE_LIMIT = 500;

// The account's tokens whose key contains the pattern, read from SQLite's FTS5 trigram
// table: a LIKE on it is answered from the index. CROSS JOIN keeps SQLite from scanning
// ApiToken first, so the rows stream from the index and reading stops at the limit.
export const SQLITE_CANDIDATES_SQL = `SELECT "ApiToken"."id" FROM "ApiTokenSearch"
  CROSS JOIN "ApiToken" ON "ApiToken".rowid = "ApiTokenSearch".rowid
  WHERE "ApiTokenSearch"."searchKey" LIKE ? AND "ApiToken"."accountId" = ? LIMIT ?`;

// The name search's condition. Keys (lib/tokens/name-search/search-key.ts) hold no LIKE
// wildcard, so `contains` matches the text literally on both databases.
// - PostgreSQL: `contains` is a LIKE '%…%' that the pg_trgm GIN index on searchKey answers.
// - SQLite: Prisma cannot join the FTS5 table, so the matching ids are read from it first
//   and the list query takes them as `id IN (…)`; past SEARCH_CANDIDATE_LIMIT it falls back
//   to `contains`.
export async function nameSearchWhere(accountId: string, query: string): Promise<Prisma.ApiTokenWhereInput> {
  const key = searchQueryKey(query);
  if (key === "") return {};
  const contains = { searchKey: { contains: key } };
  if (databaseProvider(config().databaseUrl) !== "sqlite" || Array.from(key).length < TRIGRAM_LENGTH) {
    return contains;
  }
  const rows = await db().$queryRawUnsafe<{ id: string }[]>(
    SQLITE_CANDIDATES_SQL,
    `%${key}%`,
    accountId,
    SEARCH_CANDIDATE_LIMIT + 1,
  );
  if (rows.length > SEARCH_CANDIDATE_LIMIT) return contains;
  return { id: { in: rows.map((row) => row.id) } };
}
