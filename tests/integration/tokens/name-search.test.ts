import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/config/database-url";
import { db } from "@/lib/db/client";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { duplicateToken } from "@/lib/tokens/commands/duplicate-token";
import { updateToken } from "@/lib/tokens/commands/update-token";
import type { TokenListFilters } from "@/lib/tokens/list-filters";
import { backfillSearchKeys } from "@/lib/tokens/name-search/backfill-search-keys";
import { SEARCH_CANDIDATE_LIMIT, SQLITE_CANDIDATES_SQL } from "@/lib/tokens/name-search/name-search-where";
import { listTokens } from "@/lib/tokens/queries/list-tokens";
import { createTestAccount, tokenInput } from "../support/fixtures";
import { issued, issueToken, succeeded } from "../support/tokens";

// The API page's "Search by name" on a real database (each provider project runs this file):
// case and accents ignored, any part of the name, user input taken literally, and the
// index kept in step with every command that writes a name.
const provider = databaseProvider(process.env.DATABASE_URL ?? "");
const filters = (q: string, over: Partial<TokenListFilters> = {}): TokenListFilters => ({
  q,
  created: "any",
  status: "any",
  page: 1,
  ...over,
});

async function accountWith(names: string[]) {
  const { actors, accountId } = await createTestAccount();
  const admin = actors.administrator;
  const ids: Record<string, string> = {};
  for (const name of names) ids[name] = (await issueToken(admin, { name })).tokenId;
  const found = async (q: string, over: Partial<TokenListFilters> = {}) =>
    (await listTokens(accountId, filters(q, over))).tokens.map((t) => t.name).sort();
  return { admin, accountId, ids, found };
}

describe(`name search on ${provider}`, () => {
  it("ignores case and accents on either side, ß and ligatures included", async () => {
    const { found } = await accountWith([
      "Équipe Billing",
      "accès partenaires",
      "Straße sync",
      "Œuvre archive",
      "Niño CRM",
      "Plain token",
    ]);
    expect(await found("equipe")).toEqual(["Équipe Billing"]);
    expect(await found("ÉQUIPE")).toEqual(["Équipe Billing"]);
    expect(await found("ACCES")).toEqual(["accès partenaires"]);
    expect(await found("Accès Part")).toEqual(["accès partenaires"]);
    expect(await found("strasse")).toEqual(["Straße sync"]);
    expect(await found("STRASSE SYNC")).toEqual(["Straße sync"]);
    expect(await found("oeuvre")).toEqual(["Œuvre archive"]);
    expect(await found("nino")).toEqual(["Niño CRM"]);
    expect(await found("  billing  ")).toEqual(["Équipe Billing"]);
    expect(await found("nothing like it")).toEqual([]);
  });

  it("answers queries shorter than a trigram, and finds only contiguous text", async () => {
    const { found } = await accountWith(["Ab", "xAbcd", "abcxbcd", "Zeta", "Éclair"]);
    expect(await found("z")).toEqual(["Zeta"]);
    expect(await found("é")).toEqual(["Zeta", "Éclair"]);
    expect(await found("AB")).toEqual(["Ab", "abcxbcd", "xAbcd"]);
    expect(await found("abcd")).toEqual(["xAbcd"]);
    expect(await found("bcd")).toEqual(["abcxbcd", "xAbcd"]);
  });

  it("takes % and _ literally, not as LIKE wildcards", async () => {
    const { found } = await accountWith([
      "100% uptime",
      "1000 uptime",
      "a_b sync",
      "axb sync",
      "back\\slash",
    ]);
    expect(await found("%")).toEqual(["100% uptime"]);
    expect(await found("0%")).toEqual(["100% uptime"]);
    expect(await found("0% up")).toEqual(["100% uptime"]);
    expect(await found("_")).toEqual(["a_b sync"]);
    expect(await found("a_b")).toEqual(["a_b sync"]);
    expect(await found("a_b sync")).toEqual(["a_b sync"]);
    expect(await found("\\")).toEqual(["back\\slash"]);
    expect(await found("k\\s")).toEqual(["back\\slash"]);
  });

  it("takes full-text query syntax literally", async () => {
    const names = ['Say "hi" now', "stars * here", "this OR that", "NEAR(a b)", "col:value", "^start -x"];
    const { found } = await accountWith(names);
    expect(await found('"hi"')).toEqual(['Say "hi" now']);
    expect(await found('"')).toEqual(['Say "hi" now']);
    expect(await found("s * h")).toEqual(["stars * here"]);
    expect(await found("*")).toEqual(["stars * here"]);
    expect(await found("s OR t")).toEqual(["this OR that"]);
    expect(await found("OR")).toEqual(["this OR that"]);
    expect(await found("near(a")).toEqual(["NEAR(a b)"]);
    expect(await found("col:val")).toEqual(["col:value"]);
    expect(await found("^start -")).toEqual(["^start -x"]);
    expect(await found('" OR "')).toEqual([]);
  });

  it("follows every write of a name: create, rename, duplicate and delete", async () => {
    const { admin, ids, found } = await accountWith(["Zapier Légacy"]);
    expect(await found("legacy")).toEqual(["Zapier Légacy"]);

    const id = ids["Zapier Légacy"] ?? "";
    succeeded(
      await updateToken(admin, id, await tokenInput(admin, { name: "Zapier Modèrne", expiration: "keep" })),
    );
    expect(await found("legacy")).toEqual([]);
    expect(await found("moderne")).toEqual(["Zapier Modèrne"]);

    issued(await duplicateToken(admin, id, { name: "Zapier Modèrne (copy)" }));
    expect(await found("MODERNE")).toEqual(["Zapier Modèrne", "Zapier Modèrne (copy)"]);

    succeeded(await deleteToken(admin, id, {}));
    expect(await found("moderne")).toEqual(["Zapier Modèrne (copy)"]);
    // A later row may reuse the deleted one's storage (SQLite reuses rowids): the index must
    // not still hold the old name for it.
    await issueToken(admin, { name: "Unrelated" });
    expect(await found("zapier")).toEqual(["Zapier Modèrne (copy)"]);
  });

  it("stays within the account and combines with the other filters and paging", async () => {
    const { admin, found } = await accountWith(["Équipe one", "Équipe two"]);
    const other = await accountWith(["Équipe of another account"]);
    expect(await other.found("equipe")).toEqual(["Équipe of another account"]);
    expect(await found("equipe")).toEqual(["Équipe one", "Équipe two"]);
    const { tokenId } = await issueToken(admin, { name: "Équipe three" });
    await db().apiToken.update({ where: { id: tokenId }, data: { disabledAt: new Date() } });
    expect(await found("equipe", { status: "disabled" })).toEqual(["Équipe three"]);
    expect(await found("equipe", { status: "enabled" })).toEqual(["Équipe one", "Équipe two"]);
  });

  it("gives the same answer when more tokens match than the index narrows", async () => {
    const { admin, accountId, found } = await accountWith(["Équipe seed"]);
    const template = await db().apiToken.findFirstOrThrow({ where: { accountId } });
    const many = SEARCH_CANDIDATE_LIMIT + 5;
    await db().apiToken.createMany({
      data: Array.from({ length: many }, (_, i) => ({
        accountId,
        publicId: `srch${accountId.slice(-4)}${String(i).padStart(4, "0")}`,
        name: `Équipe bulk ${i}`,
        nameKey: `équipe bulk ${i}`,
        searchKey: `equipe bulk ${i}`,
        scope: "read",
        apiVersionId: template.apiVersionId,
        ownerId: template.ownerId,
        createdById: admin.userId,
        hint: "kw_x…0000",
        secretHash: "not-a-secret",
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      })),
    });
    const broad = await listTokens(accountId, filters("equipe"));
    expect(broad.total).toBe(many + 1);
    expect(broad.tokens[0]?.name).toBe("Équipe seed");
    expect(broad.tokens[1]?.name).toBe(`Équipe bulk ${many - 1}`);
    // 10, and 100 to 109
    expect((await listTokens(accountId, filters("equipe bulk 10"))).total).toBe(11);
    expect(await found(`equipe bulk ${many - 1}`)).toEqual([`Équipe bulk ${many - 1}`]);
  });

  it("fills in the key of tokens written before it existed, leaving updatedAt alone", async () => {
    const { ids, found } = await accountWith(["Crème brûlée"]);
    const id = ids["Crème brûlée"] ?? "";
    await db().$executeRaw`UPDATE "ApiToken" SET "searchKey" = '' WHERE "id" = ${id}`;
    const before = await db().apiToken.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    expect(await found("creme")).toEqual([]);

    expect((await backfillSearchKeys(db())).updated).toBeGreaterThanOrEqual(1);
    expect(await found("creme brulee")).toEqual(["Crème brûlée"]);
    const after = await db().apiToken.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    expect(after.updatedAt).toEqual(before.updatedAt);
    expect((await backfillSearchKeys(db())).updated).toBe(0);
  });

  it("is answered by the trigram index", async () => {
    const { accountId } = await accountWith(["Indexed name"]);
    if (provider === "sqlite") {
      const plan = await db().$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${SQLITE_CANDIDATES_SQL}`,
        "%indexed%",
        accountId,
        SEARCH_CANDIDATE_LIMIT + 1,
      );
      expect(plan.map((row) => row.detail)).toEqual([
        expect.stringMatching(/^SCAN ApiTokenSearch VIRTUAL TABLE INDEX/),
        expect.stringMatching(/^SEARCH ApiToken USING INTEGER PRIMARY KEY/),
      ]);
      // The list then fetches those ids, rather than walking every token of the account.
      const list = await db().$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN SELECT "id" FROM "ApiToken" WHERE "accountId" = ? AND "id" IN (?, ?)
          ORDER BY "createdAt" DESC, "id" DESC LIMIT 20`,
        accountId,
        "a",
        "b",
      );
      expect(list[0]?.detail).toMatch(/^SEARCH ApiToken USING INDEX sqlite_autoindex_ApiToken_1 \(id=\?\)/);
      return;
    }
    // With sequential scans priced out, the planner shows which index can answer the LIKE.
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT "id" FROM "ApiToken" WHERE "searchKey" LIKE ${"%indexed%"}`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toMatch(/ApiToken_searchKey_trgm_idx/);
  });
});
