import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import { generateToken } from "../../support/generate-token";
import { mistype } from "../../support/mistype";
import type { LimiterStore } from "@/lib/verification/failure-store";
import { catalogue, createTestAccount } from "../support/fixtures";
import { expectSecretsNowhereInDb, issuedSecrets, issueToken } from "../support/tokens";
import {
  check,
  introspect,
  startVerificationServer,
  type VerificationServer,
} from "../support/verification-server";

// Issue 12.1: an attacker's failures never make a valid token fail; invented ids cost no
// database lookup; counts are per client group and shared by instances that share a store.
const servers: VerificationServer[] = [];
async function serve(...args: Parameters<typeof startVerificationServer>): Promise<VerificationServer> {
  const server = await startVerificationServer(...args);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
const form = (token: string) => `token=${encodeURIComponent(token)}`;

// Twenty-five guesses of every kind: malformed, invented public ids with valid checksums,
// and a real public id with a wrong secret.
function guesses(realSecret: string): string[] {
  return Array.from({ length: 25 }, (_, i) =>
    i % 3 === 0 ? `kw_typo${i}` : i % 3 === 1 ? generateToken().token : mistype(realSecret),
  );
}

describe("an attacker's failures never make a valid token fail", () => {
  it("twenty-five guesses from one address, then its valid token: 204", async () => {
    const server = await serve({ trustProxy: true, settings: { failureLimit: 20 } });
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    const statuses = [];
    for (const guess of guesses(secret))
      statuses.push((await check(server, guess, from("198.51.100.20"))).status);
    expect(statuses.slice(0, 20)).toEqual(new Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(new Array(5).fill(429));
    expect((await check(server, secret, from("198.51.100.20"))).status).toBe(204);
  });

  it("a resource server introspecting many bad tokens keeps getting answers, and its own token works", async () => {
    const server = await serve({ trustProxy: true, settings: { failureLimit: 5 } });
    const { actors } = await createTestAccount();
    const c = await catalogue();
    const { secret: caller } = await issueToken(actors.administrator, {
      scope: "read",
      sectionIds: [c.section("introspection")],
    });
    const { secret: good } = await issueToken(actors.administrator);
    for (const token of guesses(good)) {
      const response = await introspect(server, caller, form(token), from("198.51.100.21"));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ active: false });
    }
    const active = await introspect(server, caller, form(good), from("198.51.100.21"));
    expect(((await active.json()) as { active: boolean }).active).toBe(true);
    expect(
      (await check(server, caller, { ...from("198.51.100.21"), permission: "introspection:read" })).status,
    ).toBe(204);
  });
});

describe("invented public ids cost no database lookup", () => {
  it("fifty well-formed tokens with made-up ids: refused from the in-memory index", async () => {
    const server = await serve({ trustProxy: true });
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    for (let i = 0; i < 50; i++)
      expect((await check(server, generateToken().token, from("198.51.100.22"))).status).toBe(401);
    expect(server.loads).toEqual([]);
    expect(server.knownIdReads).toEqual(["all"]);
    expect((await check(server, secret, from("198.51.100.22"))).status).toBe(204);
  });

  it("a token created through another instance verifies here once the change watch has run", async () => {
    // The installed server stands for the instance where the token is created (its
    // commands invalidate it); the other one only learns through its change watch.
    await serve();
    const other = await serve({ install: false });
    const { actors } = await createTestAccount();
    expect((await check(other, generateToken().token)).status).toBe(401);
    expect(other.knownIdReads).toEqual(["all"]);

    const { secret } = await issueToken(actors.administrator);
    await other.runtime.watch.check();
    expect((await check(other, secret)).status).toBe(204);
    // Caught up from recent audit events, not by reading every token again.
    expect(other.knownIdReads).toHaveLength(2);
    expect(other.knownIdReads[1]).toMatch(/^since \d+$/);
  });
});

describe("client groups", () => {
  it("counts an IPv6 /64 as one client, and another /64 apart", async () => {
    const server = await serve({ trustProxy: true, settings: { failureLimit: 2 } });
    expect((await check(server, "kw_typo", from("2001:db8:12:1::1"))).status).toBe(401);
    expect((await check(server, "kw_typo", from("2001:db8:12:1::2"))).status).toBe(401);
    expect((await check(server, "kw_typo", from("2001:db8:12:1:ffff::3"))).status).toBe(429);
    expect((await check(server, "kw_typo", from("2001:db8:12:2::1"))).status).toBe(401);
  });
});

// Counts that two instances share, through the store the configuration would pick.
async function sharedCounts(store: LimiterStore): Promise<VerificationServer> {
  const settings = { failureLimit: 3, failureWindowMs: 60_000 };
  const a = await serve({ trustProxy: true, settings, limiterStore: store });
  const b = await serve({ trustProxy: true, settings, limiterStore: store, install: false });
  const { actors } = await createTestAccount();
  const { secret } = await issueToken(actors.administrator);
  expect((await check(a, "kw_typo", from("198.51.100.23"))).status).toBe(401);
  expect((await check(b, "kw_typo", from("198.51.100.23"))).status).toBe(401);
  expect((await check(a, "kw_typo", from("198.51.100.23"))).status).toBe(401);
  expect((await check(b, "kw_typo", from("198.51.100.23"))).status).toBe(429);
  expect((await check(a, "kw_typo", from("198.51.100.23"))).status).toBe(429);
  expect((await check(a, secret, from("198.51.100.23"))).status).toBe(204);
  expect((await check(b, secret, from("198.51.100.23"))).status).toBe(204);
  expect((await check(b, "kw_typo", from("198.51.100.24"))).status).toBe(401);
  return b;
}

const REDIS_URL = "redis://127.0.0.1:6379";

async function redisReachable(): Promise<boolean> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    return (await client.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

// Redis is optional for Keyward, so its test runs where a local Redis answers.
const redisUp = await redisReachable();

describe("limits shared by instances", () => {
  it.runIf(databaseProvider(config().databaseUrl) === "postgresql")("on PostgreSQL", async () => {
    await sharedCounts({ kind: "postgres", url: config().databaseUrl, keyPrefix: `test-${randomUUID()}` });
  });

  it.runIf(redisUp)("on Redis; a blocked client is then answered from memory", async () => {
    const keyPrefix = `keyward-test-${randomUUID()}`;
    const client = new Redis(REDIS_URL);
    const forget = async () => {
      const keys = await client.keys(`${keyPrefix}:*`);
      if (keys.length > 0) await client.del(...keys);
    };
    try {
      const b = await sharedCounts({ kind: "redis", url: REDIS_URL, keyPrefix });
      // With the store's counts gone, the instance that saw the 429 still refuses the
      // group until the window ends: it no longer asks the store.
      await forget();
      expect((await check(b, "kw_typo", from("198.51.100.23"))).status).toBe(429);
      expect(await client.keys(`${keyPrefix}:*`)).toEqual([]);
    } finally {
      await forget();
      client.disconnect();
    }
  });

  it.runIf(redisUp)("a valid token never reaches the store; only a failure is counted there", async () => {
    const keyPrefix = `keyward-test-${randomUUID()}`;
    const client = new Redis(REDIS_URL);
    try {
      const server = await serve({ limiterStore: { kind: "redis", url: REDIS_URL, keyPrefix } });
      const { actors } = await createTestAccount();
      const { secret } = await issueToken(actors.administrator);
      for (let i = 0; i < 10; i++) expect((await check(server, secret)).status).toBe(204);
      expect(await client.keys(`${keyPrefix}:*`)).toEqual([]);
      expect((await check(server, "kw_typo")).status).toBe(401);
      expect(await client.keys(`${keyPrefix}:*`)).toHaveLength(1);
    } finally {
      const keys = await client.keys(`${keyPrefix}:*`);
      if (keys.length > 0) await client.del(...keys);
      client.disconnect();
    }
  });

  it("a store that cannot be reached never turns a failure into a 500, nor a valid token into a failure", async () => {
    // A loopback port nothing listens on.
    const server = await serve({
      trustProxy: true,
      settings: { failureLimit: 1 },
      limiterStore: { kind: "redis", url: "redis://127.0.0.1:1", keyPrefix: `test-${randomUUID()}` },
    });
    const { actors } = await createTestAccount();
    const { secret } = await issueToken(actors.administrator);
    for (let i = 0; i < 3; i++)
      expect((await check(server, "kw_typo", from("198.51.100.25"))).status).toBe(401);
    expect((await check(server, secret, from("198.51.100.25"))).status).toBe(204);
  });
});
