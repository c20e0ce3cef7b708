import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createToken } from "@/lib/tokens/commands/create-token";
import { createTestAccount, tokenInput } from "../support/fixtures";

describe("createToken", () => {
  it("stores only the keyed hash and returns the secret once", async () => {
    const { actors } = await createTestAccount();
    const result = await createToken(
      actors.administrator,
      await tokenInput(actors.administrator, { name: "Billing sync" }),
    );
    if (!result.ok) throw new Error(result.message);
    const row = await db().apiToken.findUniqueOrThrow({ where: { id: result.data.tokenId } });
    expect(row.name).toBe("Billing sync");
    expect(JSON.stringify(row)).not.toContain(result.data.secret.slice(16, 42));
    expect(await db().auditEvent.count({ where: { targetId: row.id, action: "token.created" } })).toBe(1);
  });

  it("refuses support staff and stores nothing", async () => {
    const { actors, accountId } = await createTestAccount();
    const result = await createToken(actors.support_staff, await tokenInput(actors.support_staff));
    expect(result.ok).toBe(false);
    expect(await db().apiToken.count({ where: { accountId } })).toBe(0);
  });
});
