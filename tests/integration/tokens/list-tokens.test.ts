import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { TokenListFilters } from "@/lib/tokens/list-filters";
import { listTokens, TOKEN_PAGE_SIZE } from "@/lib/tokens/queries/list-tokens";
import { createTestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";

// What the API page is given: card DTOs of the caller's account only, never a hash.
const ANY: TokenListFilters = { q: "", created: "any", status: "any", page: 1 };

describe("listTokens", () => {
  it("lists only the account's tokens and never a secret hash", async () => {
    const mine = await createTestAccount();
    const theirs = await createTestAccount();
    const { secret } = await issueToken(mine.actors.administrator, { name: "Mine" });
    await issueToken(theirs.actors.administrator, { name: "Theirs" });
    const page = await listTokens(mine.accountId, ANY);
    expect(page.tokens.map((t) => t.name)).toEqual(["Mine"]);
    const text = JSON.stringify(page);
    expect(text).not.toContain(secret.slice(16, 42));
    expect(text).not.toMatch(/secretHash|previousSecretHash/);
    const row = await db().apiToken.findFirstOrThrow({
      where: { accountId: mine.accountId },
      select: { secretHash: true },
    });
    expect(text).not.toContain(row.secretHash);
  });

  it("marks an expired token that was disabled, so the menu offers Enable", async () => {
    const { actors, accountId } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator, { expiration: "7d" });
    succeeded(await setTokenEnabled(actors.administrator, tokenId, false));
    const later = new Date(Date.now() + 8 * 24 * 60 * 60 * 1000);
    const [card] = (await listTokens(accountId, ANY, later)).tokens;
    expect(card).toMatchObject({ status: "expired", disabled: true });
    succeeded(await setTokenEnabled(actors.administrator, tokenId, true));
    expect((await listTokens(accountId, ANY, later)).tokens[0]).toMatchObject({
      status: "expired",
      disabled: false,
    });
  });

  it("pages newest first and clamps a page past the end to the last page", async () => {
    const { actors, accountId } = await createTestAccount();
    const now = Date.now();
    const { tokenId } = await issueToken(actors.administrator, { name: "Template" });
    const template = await db().apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    await db().apiToken.createMany({
      data: Array.from({ length: TOKEN_PAGE_SIZE + 4 }, (_, i) => ({
        accountId,
        publicId: `bulk${accountId.slice(-4)}${String(i).padStart(4, "0")}`,
        name: `Bulk ${i}`,
        nameKey: `bulk ${i}`,
        searchKey: `bulk ${i}`,
        scope: "read",
        apiVersionId: template.apiVersionId,
        ownerId: template.ownerId,
        createdById: template.createdById,
        hint: "kw_x…0000",
        secretHash: "not-a-secret",
        createdAt: new Date(now - (i + 1) * 60_000),
      })),
    });
    const total = TOKEN_PAGE_SIZE + 5;
    const first = await listTokens(accountId, ANY);
    expect(first).toMatchObject({ total, page: 1 });
    expect(first.tokens[0]?.name).toBe("Template");
    expect(first.tokens).toHaveLength(TOKEN_PAGE_SIZE);
    const last = await listTokens(accountId, { ...ANY, page: 99 });
    expect(last).toMatchObject({ total, page: 2 });
    expect(last.tokens.map((t) => t.name)).toEqual(["Bulk 19", "Bulk 20", "Bulk 21", "Bulk 22", "Bulk 23"]);
    const search = await listTokens(accountId, { ...ANY, q: "  BULK 2" });
    expect(search.tokens.map((t) => t.name).sort()).toEqual([
      "Bulk 2",
      "Bulk 20",
      "Bulk 21",
      "Bulk 22",
      "Bulk 23",
    ]);
  });
});
