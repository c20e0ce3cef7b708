import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { afterEach, beforeEach } from "vitest";
import type { AddressInfo } from "node:net";
import { config } from "@/lib/config/env";
import type { VerificationSettings } from "@/lib/config/verification-settings";
import { db } from "@/lib/db/client";
import { readsOffTheEventLoop } from "@/lib/db/read-rows";
import type { UsageBatch } from "@/lib/usage/recorder";
import { writeUsageBatch } from "@/lib/usage/write-usage";
import { stampClientAddress } from "@/lib/server/client-address";
import { handleVerificationRequest } from "@/lib/verification/dispatch";
import type { LimiterStore } from "@/lib/verification/failure-store";
import { loadTokenRecords } from "@/lib/verification/load-token-record";
import {
  createVerificationRuntime,
  invalidateOnCommit,
  limiterStore,
  knownIdsReader,
  type VerificationRuntime,
} from "@/lib/verification/runtime";

// The verification endpoints on a real node:http server, wired as scripts/start.ts wires
// them, with a runtime the test can observe: every database load and last-used write is
// counted. Settings default to "nothing changes on its own during a test": no background
// polling, long windows; a test that wants the change watch calls runtime.watch.check().
export const TEST_SETTINGS: VerificationSettings = {
  stalenessMs: 60_000,
  cacheTtlMs: 60_000,
  cacheMaxEntries: 1_000,
  lastUsedFlushMs: 60_000,
  usageCounting: true,
  failureLimit: 1_000,
  failureWindowMs: 60_000,
  ipv6Prefix: 64,
  redisUrl: undefined,
};

// With `trustProxy`, the test client (on loopback) stands for a trusted gateway.
const LOOPBACK_PROXIES = ["127.0.0.0/8", "::1/128"];

// The store the configuration picks (PostgreSQL on the PostgreSQL run, memory on SQLite),
// under a key prefix of its own so servers of different tests never share counts.
export function isolatedLimiterStore(settings: VerificationSettings = TEST_SETTINGS): LimiterStore {
  const store = limiterStore(settings, config().databaseUrl);
  return store.kind === "memory" || store.kind === "primary"
    ? store
    : { ...store, keyPrefix: `test-${randomUUID()}` };
}

export type VerificationServer = {
  url: string;
  runtime: VerificationRuntime;
  loads: string[];
  // The same public ids, as the queries that read them.
  loadBatches: string[][];
  // Reads of the known-id index: "all" or "since <floor>".
  knownIdReads: string[];
  // Every usage batch written (last uses, hourly counts, addresses), in order.
  usageBatches: UsageBatch[];
  failLoads: (fail: boolean) => void;
  close: () => Promise<void>;
};

export async function startVerificationServer(
  options: {
    settings?: Partial<VerificationSettings>;
    trustProxy?: boolean;
    install?: boolean;
    limiterStore?: LimiterStore;
  } = {},
): Promise<VerificationServer> {
  const loads: string[] = [];
  const loadBatches: string[][] = [];
  const knownIdReads: string[] = [];
  const settings = { ...TEST_SETTINGS, ...options.settings };
  const usageBatches: UsageBatch[] = [];
  let failing = false;
  // Read as the server reads: on SQLite through a thread of its own.
  const reads = readsOffTheEventLoop(config().databaseUrl, 1_024);
  const knownIds = knownIdsReader(reads.read);
  const runtime = createVerificationRuntime({
    hashKey: config().tokenHashKey,
    settings,
    limiterStore: options.limiterStore ?? isolatedLimiterStore(settings),
    reads,
    readKnownIds: {
      all: (onPage) => {
        knownIdReads.push("all");
        return knownIds.all(onPage);
      },
      since: (floor) => {
        knownIdReads.push(`since ${floor}`);
        return knownIds.since(floor);
      },
    },
    loadMany: async (publicIds) => {
      loads.push(...publicIds);
      loadBatches.push(publicIds);
      if (failing) throw new Error("database unreachable (simulated)");
      return loadTokenRecords(reads.read, publicIds);
    },
    writeUsage: async (batch) => {
      usageBatches.push(batch);
      await writeUsageBatch(db(), batch);
    },
  });
  // `install: false` stands for another instance: this process's commits do not reach it.
  const stopListening = (options.install ?? true) ? invalidateOnCommit(runtime) : undefined;
  await runtime.watch.check();
  const server: Server = createServer((req, res) => {
    stampClientAddress(req, options.trustProxy ? LOOPBACK_PROXIES : []);
    if (!handleVerificationRequest(req, res, () => runtime)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    runtime,
    loads,
    loadBatches,
    knownIdReads,
    usageBatches,
    failLoads: (fail) => {
      failing = fail;
    },
    close: async () => {
      stopListening?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.limiter.close();
      await runtime.closeReads();
    },
  };
}

export function check(
  server: VerificationServer,
  token: string | null,
  options: { permission?: string; query?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.permission) headers["x-keyward-required-permission"] = options.permission;
  return fetch(`${server.url}/api/v1/auth/check${options.query ?? ""}`, { headers });
}

export function introspect(
  server: VerificationServer,
  caller: string | null,
  body: string,
  options: { contentType?: string; method?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    "content-type": options.contentType ?? "application/x-www-form-urlencoded",
    ...options.headers,
  };
  if (caller !== null) headers.authorization = `Bearer ${caller}`;
  return fetch(`${server.url}/api/v1/tokens/introspect`, {
    method: options.method ?? "POST",
    headers,
    body: (options.method ?? "POST") === "GET" ? undefined : body,
  });
}

type ServerOptions = Parameters<typeof startVerificationServer>[0];

// A fresh server (and runtime) for every test of the file; call the returned function to get it.
export function serverForEachTest(options?: ServerOptions): () => VerificationServer {
  let server: VerificationServer | undefined;
  beforeEach(async () => {
    server = await startVerificationServer(options);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return () => {
    if (!server) throw new Error("the verification server runs only inside a test");
    return server;
  };
}
