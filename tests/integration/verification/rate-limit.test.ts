import { afterAll, afterEach, describe, expect, it } from "vitest";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { generateToken } from "@/lib/tokens/format";
import { createTestAccount } from "../support/fixtures";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken, succeeded } from "../support/tokens";
import {
  check,
  introspect,
  startVerificationServer,
  type VerificationServer,
} from "../support/verification-server";

// Guessing is limited per client group (an IPv4 address, an IPv6 /64): after
// KEYWARD_VERIFY_FAILURE_LIMIT unknown or malformed tokens in a window, the group's further
// guesses get 429 with Retry-After. A valid token is never refused because of them.
let server: VerificationServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });

describe("rate limiting of guesses", () => {
  it("answers 429 with Retry-After to guesses once an address passes the limit, and 204 to a good token", async () => {
    server = await startVerificationServer({
      trustProxy: true,
      settings: { failureLimit: 3, failureWindowMs: 30_000 },
    });
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    expect((await check(server, "kw_typo", from("198.51.100.1"))).status).toBe(401);
    expect((await check(server, generateToken().token, from("198.51.100.1"))).status).toBe(401);
    expect((await check(server, `${secret}x`, from("198.51.100.1"))).status).toBe(401);

    const limited = await check(server, generateToken().token, from("198.51.100.1"));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(((await limited.json()) as { error: string }).error).toBe("too_many_requests");
    expect((await introspect(server, "kw_typo", "token=x", from("198.51.100.1"))).status).toBe(429);

    // The good token from the same address still passes.
    expect((await check(server, secret, from("198.51.100.1"))).status).toBe(204);
    // Another address is not affected.
    expect((await check(server, "kw_typo", from("198.51.100.2"))).status).toBe(401);
  });

  it("does not count missing tokens, real tokens that are refused, or successes", async () => {
    server = await startVerificationServer({ trustProxy: true, settings: { failureLimit: 2 } });
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    const { tokenId: revokedId, secret: revoked } = await issueToken(actors.administrator);
    succeeded(await revokeToken(actors.administrator, revokedId));
    for (let i = 0; i < 5; i++) {
      expect((await check(server, null, from("198.51.100.3"))).status).toBe(401);
      expect((await check(server, revoked, from("198.51.100.3"))).status).toBe(401);
      expect((await check(server, secret, from("198.51.100.3"))).status).toBe(204);
    }
  });

  it("the window ends: the address may try again", async () => {
    server = await startVerificationServer({
      trustProxy: true,
      settings: { failureLimit: 1, failureWindowMs: 1_000 },
    });
    expect((await check(server, "kw_typo", from("198.51.100.4"))).status).toBe(401);
    expect((await check(server, "kw_typo", from("198.51.100.4"))).status).toBe(429);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await check(server, "kw_typo", from("198.51.100.4"))).status).toBe(401);
  });

  it("a flood of malformed tokens never touches the database", async () => {
    server = await startVerificationServer({ trustProxy: true, settings: { failureLimit: 1_000 } });
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    for (let i = 0; i < 50; i++) {
      // Every single-character change to a real token breaks its checksum.
      const position = 3 + (i % 40);
      const typo =
        secret.slice(0, position) + (secret[position] === "Z" ? "Y" : "Z") + secret.slice(position + 1);
      expect((await check(server, typo, from("198.51.100.5"))).status).toBe(401);
    }
    expect(server.loads).toEqual([]);
  });
});
