import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/commands/create-token";
import { listTokens } from "@/lib/tokens/queries/list-tokens";
import type { TokenListFilters } from "@/lib/tokens/list-filters";
import { createTestAccount, tokenInput } from "../support/fixtures";

const DAY = 86_400_000;
const filters = (over: Partial<TokenListFilters> = {}): TokenListFilters => ({
  q: "",
  created: "any",
  status: "any",
  page: 1,
  ...over,
});

// The filters run in the database: each status filter returns exactly the tokens whose
// derived status it names, on SQLite and PostgreSQL alike.
describe("listTokens", () => {
  it("filters by status, creation date and part of the name, only within the account", async () => {
    const { actors } = await createTestAccount();
    const admin = actors.administrator;
    const other = await createTestAccount();
    const now = new Date();
    const make = async (name: string, data: Record<string, unknown> = {}) => {
      const result = await createToken(admin, await tokenInput(admin, { name }));
      if (!result.ok) throw new Error(result.message);
      if (Object.keys(data).length > 0)
        await db().apiToken.update({ where: { id: result.data.tokenId }, data });
    };
    await make("Alpha Enabled");
    await make("Beta Soon", { expiresAt: new Date(now.getTime() + 2 * DAY) });
    await make("Gamma Disabled", { disabledAt: now });
    await make("Delta Expired", { expiresAt: new Date(now.getTime() - DAY), disabledAt: now });
    await make("Epsilon Revoked", { revokedAt: now, expiresAt: new Date(now.getTime() - DAY) });
    await make("Zeta Old", { createdAt: new Date(now.getTime() - 40 * DAY) });
    const otherAdmin = other.actors.administrator;
    await createToken(otherAdmin, await tokenInput(otherAdmin, { name: "Alpha of another account" }));

    const names = async (f: Partial<TokenListFilters>) =>
      (await listTokens(admin.accountId, filters(f), now)).tokens.map((t) => t.name).sort();

    expect(await names({})).toHaveLength(6);
    expect(await names({ status: "enabled" })).toEqual(["Alpha Enabled", "Beta Soon", "Zeta Old"]);
    expect(await names({ status: "expiring_soon" })).toEqual(["Beta Soon"]);
    expect(await names({ status: "disabled" })).toEqual(["Gamma Disabled"]);
    expect(await names({ status: "expired" })).toEqual(["Delta Expired"]);
    expect(await names({ status: "revoked" })).toEqual(["Epsilon Revoked"]);
    expect(await names({ created: "older_than_30_days" })).toEqual(["Zeta Old"]);
    expect(await names({ created: "last_7_days" })).not.toContain("Zeta Old");
    expect(await names({ q: "ALPH" })).toEqual(["Alpha Enabled"]);
    expect(await names({ q: "ta", status: "enabled" })).toEqual(["Beta Soon", "Zeta Old"]);
  });

  it("pages newest first and clamps a page beyond the last", async () => {
    const { actors } = await createTestAccount();
    const admin = actors.administrator;
    for (let i = 0; i < 23; i++) {
      const result = await createToken(
        admin,
        await tokenInput(admin, { name: `Token ${String(i).padStart(2, "0")}` }),
      );
      if (!result.ok) throw new Error(result.message);
      await db().apiToken.update({
        where: { id: result.data.tokenId },
        data: { createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) },
      });
    }
    const first = await listTokens(admin.accountId, filters());
    expect(first.total).toBe(23);
    expect(first.tokens[0]?.name).toBe("Token 22");
    const last = await listTokens(admin.accountId, filters({ page: 99 }));
    expect(last.page).toBe(Math.ceil(23 / first.pageSize));
    expect(last.tokens.at(-1)?.name).toBe("Token 00");
  });
});
