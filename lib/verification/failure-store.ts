import "server-only";
import { createRequire } from "node:module";
import type * as IORedis from "ioredis";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRedis } from "rate-limiter-flexible";
import { primaryChannel } from "@/lib/server/cluster/channel";
import { restoreFastPrototypes } from "@/lib/server/fast-prototypes";
import { consumeThroughPrimary } from "@/lib/server/cluster/shared-limiter";
import { BoundedMemoryLimiter, FailureLimiter } from "./failure-limiter";

// Where failure counts live. Several instances behind one load balancer must share them,
// or an attacker spreads guesses over instances: PostgreSQL when that is the database,
// Redis when REDIS_URL is set, this process's memory otherwise, or, in a worker of several
// on SQLite, the memory of the primary process (lib/server/cluster/shared-limiter.ts).
export type LimiterStore =
  | { kind: "memory" }
  | { kind: "primary" }
  | { kind: "postgres"; url: string; keyPrefix: string }
  | { kind: "redis"; url: string; keyPrefix: string };

export type LimitSettings = { limit: number; windowMs: number; ipv6Prefix: number };

// The table rate-limiter-flexible creates and owns (CREATE TABLE IF NOT EXISTS, tolerant of
// a concurrent create by another instance). It holds short-lived counters, not product
// data, so it stays out of the Prisma schema and migrations.
export const POSTGRES_LIMIT_TABLE = "keyward_verify_failures";

// Distinct client groups remembered in memory; about 100 bytes each.
export const MEMORY_MAX_GROUPS = 100_000;
// A store slower than this counts as unavailable: the failure answers 401 without waiting.
const STORE_TIMEOUT_MS = 1_000;

const loadPackage = createRequire(import.meta.url);

// ioredis is loaded only where Redis holds the counts: its VerbatimString extends String,
// which leaves every string method of the process slower until it is undone
// (lib/server/fast-prototypes.ts).
function redisClass(): typeof IORedis.Redis {
  const { Redis } = loadPackage("ioredis") as typeof IORedis;
  restoreFastPrototypes();
  return Redis;
}

// The counts of one process, bounded in the number of groups.
export function memoryConsume(settings: LimitSettings) {
  return new BoundedMemoryLimiter({
    points: settings.limit,
    durationSeconds: Math.max(1, Math.round(settings.windowMs / 1000)),
    maxKeys: MEMORY_MAX_GROUPS,
  }).consume;
}

export function createFailureLimiter(settings: LimitSettings, store: LimiterStore): FailureLimiter {
  const points = settings.limit;
  const duration = Math.max(1, Math.round(settings.windowMs / 1000));
  if (store.kind === "memory") {
    return new FailureLimiter({ consume: memoryConsume(settings), ipv6Prefix: settings.ipv6Prefix });
  }
  if (store.kind === "primary") {
    const channel = primaryChannel();
    if (!channel) throw new Error("the primary's failure counts are only reachable from a cluster worker");
    return new FailureLimiter({
      consume: consumeThroughPrimary(channel, STORE_TIMEOUT_MS),
      ipv6Prefix: settings.ipv6Prefix,
    });
  }
  // Once a group is over the limit, this instance answers its failures from memory until
  // the window ends: a blocked client costs no store round trip.
  const shared = { keyPrefix: store.keyPrefix, points, duration, inMemoryBlockOnConsumed: points + 1 };
  if (store.kind === "redis") {
    // Commands wait for a connection being made (at start, after a drop) for at most
    // STORE_TIMEOUT_MS, so the first failures after a start are counted too.
    const Redis = redisClass();
    const client = new Redis(store.url, {
      maxRetriesPerRequest: 1,
      commandTimeout: STORE_TIMEOUT_MS,
      connectTimeout: STORE_TIMEOUT_MS,
    });
    // Connection errors surface on use, through the limiter's own (throttled) log.
    client.on("error", () => {});
    const limiter = new RateLimiterRedis({ ...shared, storeClient: client });
    return new FailureLimiter({
      consume: (key) => limiter.consume(key),
      ipv6Prefix: settings.ipv6Prefix,
      close: async () => {
        client.disconnect();
      },
    });
  }
  const pool = new pg.Pool({
    connectionString: store.url,
    max: 2,
    connectionTimeoutMillis: STORE_TIMEOUT_MS,
    query_timeout: STORE_TIMEOUT_MS,
  });
  pool.on("error", () => {});
  let ready: Promise<RateLimiterPostgres> | undefined;
  // The table is created on first use; a failed attempt is retried by the next failure.
  const postgres = () => {
    ready ??= new Promise<RateLimiterPostgres>((resolve, reject) => {
      const limiter: RateLimiterPostgres = new RateLimiterPostgres(
        { ...shared, storeClient: pool, storeType: "pool", tableName: POSTGRES_LIMIT_TABLE },
        (error?: Error) => (error ? reject(error) : resolve(limiter)),
      );
    }).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };
  return new FailureLimiter({
    consume: async (key) => (await postgres()).consume(key),
    ipv6Prefix: settings.ipv6Prefix,
    close: () => pool.end(),
  });
}
