import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/config/database-url";
import type { TokenListFilters } from "@/lib/tokens/list-filters";
import { listTokens } from "@/lib/tokens/queries/list-tokens";
import { createTestAccount } from "../support/fixtures";
import { postgresIndexOnlyPlan, queriesSentBy, sqlitePlan, type SentQuery } from "../support/query-plans";
import { issueToken } from "../support/tokens";

// How the database answers the API page's queries, as Prisma sends them (B2 in the README:
// every view of an account with 10,000 tokens costs what one with 100 does). Each index
// choice below was once wrong and read every token of the account.
const provider = databaseProvider(process.env.DATABASE_URL ?? "");
const STATUS_INDEX = "ApiToken_accountId_revokedAt_disabledAt_expiresAt_id_idx";

const filters = (over: Partial<TokenListFilters>): TokenListFilters => ({
  q: "",
  created: "any",
  status: "any",
  page: 1,
  ...over,
});

async function accountWithTokens(count: number) {
  const { actors, accountId } = await createTestAccount();
  for (let i = 0; i < count; i++) await issueToken(actors.administrator, { name: `Planned ${i}` });
  return accountId;
}

function sentOne(sent: SentQuery[], what: string, matches: (sql: string) => boolean): SentQuery {
  const query = sent.find((candidate) => matches(candidate.sql));
  if (!query) throw new Error(`no ${what} among the queries sent: ${sent.map((q) => q.sql).join("; ")}`);
  return query;
}
const countQuery = (sent: SentQuery[]) => sentOne(sent, "count", (sql) => /COUNT\(/i.test(sql));
const pageQuery = (sent: SentQuery[]) =>
  sentOne(sent, "page query", (sql) => !/COUNT\(/i.test(sql) && /ORDER BY .*createdAt/.test(sql));

describe(`the API page's queries on ${provider}`, () => {
  it("counts a status's tokens from the status index alone, no table row", async () => {
    const accountId = await accountWithTokens(1);
    const count = countQuery(
      await queriesSentBy(() => listTokens(accountId, filters({ status: "enabled" }))),
    );
    if (provider === "sqlite") {
      expect(await sqlitePlan(count)).toMatch(new RegExp(`USING COVERING INDEX ${STATUS_INDEX}`));
    } else {
      expect(await postgresIndexOnlyPlan(count)).toMatch(
        new RegExp(`Index Only Scan using "${STATUS_INDEX}"`),
      );
    }
  });

  // SQLite plans from the statistics the migrations give each index (an account holds many
  // tokens); an index without them looked like the narrowest and was taken for every query
  // of an account. PostgreSQL keeps its own statistics.
  it.skipIf(provider !== "sqlite")(
    "walks the creation-date index for an unfiltered page, and fetches a search's matches by id",
    async () => {
      const accountId = await accountWithTokens(12);
      const page = pageQuery(await queriesSentBy(() => listTokens(accountId, filters({}))));
      expect(await sqlitePlan(page)).toMatch(/USING INDEX ApiToken_accountId_createdAt_idx/);

      const search = pageQuery(await queriesSentBy(() => listTokens(accountId, filters({ q: "planned" }))));
      expect(search.sql).toMatch(/ IN \(/);
      expect(search.params.length).toBeGreaterThanOrEqual(12);
      expect(await sqlitePlan(search)).toMatch(/USING INDEX sqlite_autoindex_ApiToken_1 \(id=\?\)/);
    },
  );
});
