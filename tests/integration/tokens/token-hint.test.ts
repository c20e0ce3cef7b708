import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { createTestAccount } from "../support/fixtures";
import { expectSecretsNowhereInDb, issued, issuedSecrets, issueToken } from "../support/tokens";

// The stored hint is compared by people with the token their integration holds: its start
// and its end must be the token's own.
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

async function storedHint(tokenId: string): Promise<string> {
  const row = await db().apiToken.findUniqueOrThrow({ where: { id: tokenId }, select: { hint: true } });
  return row.hint;
}

function expectHintMatches(hint: string, token: string) {
  const [start, end] = hint.split("…");
  expect(start).toMatch(/^kw_[0-9A-Za-z]{12}_$/);
  expect(end).toHaveLength(4);
  expect(token.startsWith(start ?? "-")).toBe(true);
  expect(token.endsWith(end ?? "-")).toBe(true);
}

describe("token hint", () => {
  it("matches the start and the end of the token handed out at creation and after a reset", async () => {
    const { actors } = await createTestAccount();
    const { tokenId, secret } = await issueToken(actors.administrator);
    const first = await storedHint(tokenId);
    expectHintMatches(first, secret);

    const reset = issued(await resetToken(actors.administrator, tokenId, { grace: "none" }));
    const second = await storedHint(tokenId);
    expectHintMatches(second, reset.secret);
    expect(second).not.toBe(first);
  });
});
