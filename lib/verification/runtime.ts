import "server-only";
import { databaseProvider } from "@/lib/config/database-url";
import { config } from "@/lib/config/env";
import type { VerificationSettings } from "@/lib/config/verification-settings";
import { onCommit } from "@/lib/db/after-commit";
import { primaryChannel } from "@/lib/server/cluster/channel";
import { relaySiblingChanges } from "@/lib/server/cluster/sibling-changes";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import { readsOffTheEventLoop, type OffLoopReads, type ReadRows } from "@/lib/db/read-rows";
import { UsageRecorder, type WriteUsage } from "@/lib/usage/recorder";
import { usageWriter, type UsageWriter } from "@/lib/usage/usage-writer";
import { purgeExpiredUsage, throughClient } from "@/lib/usage/write-usage";
import { HOUR_MS } from "@/lib/usage/time";
import { ChangeNotifications } from "./change-notifications";
import { ChangeWatch, type ReadSignature } from "./change-watch";
import type { FailureLimiter } from "./failure-limiter";
import { createFailureLimiter, type LimiterStore } from "./failure-store";
import { KnownIds, type ReadKnownIds } from "./known-ids";
import { batchedLoader, type LoadMany } from "./batched-loader";
import { loadTokenRecords, type VerificationRecord } from "./load-token-record";
import { readInPages } from "@/lib/db/in-pages";
import { RecordCache } from "./record-cache";

// Everything the verification endpoints keep between requests, in one object.
export type VerificationRuntime = {
  hashKey: string;
  cache: RecordCache;
  knownIds: KnownIds;
  watch: ChangeWatch;
  limiter: FailureLimiter;
  usage: UsageRecorder;
  load: (publicId: string) => Promise<VerificationRecord | null>;
  // Stops the connection that cache misses and the known-id index are read through.
  closeReads: () => Promise<void>;
};

export type RuntimeParts = {
  hashKey: string;
  settings: VerificationSettings;
  load?: (publicId: string) => Promise<VerificationRecord | null>;
  // How misses are read when `load` is not given: batched, MISSES_PER_QUERY at a time.
  loadMany?: LoadMany<VerificationRecord>;
  readSignature?: ReadSignature;
  readKnownIds?: ReadKnownIds;
  writeUsage?: WriteUsage;
  // Where failure counts live; by default chosen from the configuration (limiterStore()).
  limiterStore?: LimiterStore;
  // How the runtime reads off the event loop (misses, the known-id index, the change watch's
  // poll), and how that stops; by default readsOffTheEventLoop() of the configured database.
  reads?: OffLoopReads;
};

// The change watch's poll, twice a second. On SQLite it goes to the reading thread with the
// misses: through the server's own connection each poll held the event loop about 2 ms
// (`bench:paced`'s stall log showed one every 0.51 s), delaying the requests behind it.
function auditSignatureReader(read: ReadRows): ReadSignature {
  return async (floor) => {
    const [row] = await read<{ max: number | bigint | null; count: number | bigint }>(
      Prisma.sql`SELECT MAX("id") AS "max", COUNT(*) AS "count" FROM "AuditEvent" WHERE "id" > ${floor}`,
    );
    return { max: Number(row?.max ?? floor), count: Number(row?.count ?? 0) };
  };
}

const KNOWN_IDS_PAGE = 2_000;
const MISSES_PER_QUERY = 200;
// After a quiet minute every hot row expires, and each is first asked for again in a turn
// of its own: read per turn, 1,000 rows went to the database in about 1,000 queries.
const RELOAD_GATHER_MS = 50;
// The SQLite reading thread's page cache: the hot rows live in the record cache above it.
const READER_CACHE_KIB = 1_024;

// The highest event id is read first, so a token committed during the second query is read
// again by the next catch-up rather than lost between the two.
export function knownIdsReader(read: ReadRows): ReadKnownIds {
  const maxAuditId = async (): Promise<number> => {
    const rows = await read<{ max: number | bigint | null }>(
      Prisma.sql`SELECT MAX("id") AS "max" FROM "AuditEvent"`,
    );
    return Number(rows[0]?.max ?? 0);
  };
  return {
    // In pages along the unique index, so reading 100,000 ids never holds 100,000 row objects
    // at once (the resident memory of the process would keep that peak).
    all: async (onPage) => {
      const max = await maxAuditId();
      await readInPages(
        async (after, size) => {
          const rows = await read<{ publicId: string }>(Prisma.sql`
          SELECT "publicId" FROM "ApiToken" WHERE "publicId" > ${after}
          ORDER BY "publicId" LIMIT ${size}`);
          return rows.map((row) => row.publicId);
        },
        KNOWN_IDS_PAGE,
        onPage,
      );
      return { max };
    },
    since: async (floor) => {
      const max = await maxAuditId();
      const rows = await read<{ publicId: string }>(Prisma.sql`
        SELECT DISTINCT t."publicId" FROM "AuditEvent" e JOIN "ApiToken" t ON t."id" = e."targetId"
        WHERE e."id" > ${floor}`);
      return { ids: rows.map((row) => row.publicId), max };
    },
  };
}

// Shared across instances whenever they share something to keep counts in: Redis if
// configured, else the PostgreSQL database; a lone SQLite instance counts in memory, that of
// its primary process when it runs several.
export function limiterStore(settings: VerificationSettings, databaseUrl: string): LimiterStore {
  const keyPrefix = "keyward-verify";
  if (settings.redisUrl) return { kind: "redis", url: settings.redisUrl, keyPrefix };
  if (databaseProvider(databaseUrl) === "postgresql")
    return { kind: "postgres", url: databaseUrl, keyPrefix };
  return primaryChannel() ? { kind: "primary" } : { kind: "memory" };
}

export function createVerificationRuntime(parts: RuntimeParts): VerificationRuntime {
  const { settings } = parts;
  const writer: Partial<UsageWriter> & { write: WriteUsage } = parts.writeUsage
    ? { write: parts.writeUsage }
    : usageWriter(config().databaseUrl);
  const purge = writer.purge ?? ((now: Date) => purgeExpiredUsage(throughClient(db()), now));
  // Cache misses, the known-id index and the change watch's poll are read off the event loop
  // (a thread on SQLite).
  const reads = parts.reads ?? readsOffTheEventLoop(config().databaseUrl, READER_CACHE_KIB);
  const loadMany = parts.loadMany ?? ((publicIds) => loadTokenRecords(reads.read, publicIds));
  const load = parts.load ?? batchedLoader(loadMany, MISSES_PER_QUERY);
  const cache = new RecordCache({
    ttlMs: settings.cacheTtlMs,
    maxEntries: settings.cacheMaxEntries,
    // A confirmation is made every stalenessMs; allowing twice that covers a slow query,
    // and bounds how long another instance's change can go unseen.
    confirmationMaxAgeMs: 2 * settings.stalenessMs,
    // Rows in use are read again in the background when their time to live runs out,
    // gathered for RELOAD_GATHER_MS: nobody waits for them.
    reload: parts.load ?? batchedLoader(loadMany, MISSES_PER_QUERY, RELOAD_GATHER_MS),
  });
  return {
    hashKey: parts.hashKey,
    cache,
    knownIds: new KnownIds({
      read: parts.readKnownIds ?? knownIdsReader(reads.read),
      cache,
      fullReloadMs: settings.cacheTtlMs,
    }),
    watch: new ChangeWatch(
      parts.readSignature ?? auditSignatureReader(reads.read),
      cache,
      settings.stalenessMs,
    ),
    limiter: createFailureLimiter(
      { limit: settings.failureLimit, windowMs: settings.failureWindowMs, ipv6Prefix: settings.ipv6Prefix },
      parts.limiterStore ?? limiterStore(settings, config().databaseUrl),
    ),
    usage: new UsageRecorder(writer.write, {
      intervalMs: settings.lastUsedFlushMs,
      counting: settings.usageCounting,
      // The retention purge rides on the flush cycle, once an hour.
      maintain: purge,
      maintainEveryMs: HOUR_MS,
      onStop: writer.close,
    }),
    load,
    closeReads: reads.close,
  };
}

// This instance's commits empty the runtime's cache at once, so the very next request
// reads the change; the known-id index follows the cache's generation and goes stale with
// it. In a cluster worker, the sibling workers' commits do too. Returns the function that
// stops listening.
export function invalidateOnCommit(runtime: VerificationRuntime): () => void {
  const invalidate = () => runtime.cache.invalidateAll();
  const stopOwn = onCommit(invalidate);
  const channel = primaryChannel();
  const stopSiblings = channel ? relaySiblingChanges(channel, invalidate) : undefined;
  return () => {
    stopOwn();
    stopSiblings?.();
  };
}

type ProcessRuntime = {
  runtime: VerificationRuntime;
  stopListening?: () => void;
  notifications?: ChangeNotifications;
};

// One runtime per process, whichever copy of this module asks: scripts/start.ts loads one,
// and Next's server bundle would load another if it ever reached the endpoints.
const RUNTIME_SLOT = Symbol.for("keyward.verification.runtime");

// Found once per copy of this module: every verification asks, and a keyed read of the
// global object is a hash-table search (V8 keeps the global object in its slow layout).
let found: ProcessRuntime | undefined;

function processRuntime(): ProcessRuntime {
  if (found) return found;
  const slot = globalThis as { [RUNTIME_SLOT]?: ProcessRuntime };
  slot[RUNTIME_SLOT] ??= {
    runtime: createVerificationRuntime({ hashKey: config().tokenHashKey, settings: config().verification }),
  };
  found = slot[RUNTIME_SLOT];
  return found;
}

// The process's runtime, created from the configuration on first use.
export function verificationRuntime(): VerificationRuntime {
  return processRuntime().runtime;
}

const logError = (what: string) => (error: unknown) =>
  console.error(`keyward: ${what} failed:`, error instanceof Error ? error.message : error);

// On PostgreSQL, other instances' commits are heard as they happen (LISTEN/NOTIFY); the
// change watch's poll stays underneath as the bound and the fallback.
export function listenForChanges(runtime: VerificationRuntime, databaseUrl: string): ChangeNotifications {
  const notifications = new ChangeNotifications({
    url: databaseUrl,
    onChange: () => runtime.cache.invalidateAll(),
    onError: logError("listening for changes (falling back to polling until it reconnects)"),
  });
  notifications.start();
  return notifications;
}

export function startVerificationRuntime(): VerificationRuntime {
  const current = processRuntime();
  const { runtime } = current;
  current.stopListening ??= invalidateOnCommit(runtime);
  const { databaseUrl } = config();
  if (databaseProvider(databaseUrl) === "postgresql") {
    current.notifications ??= listenForChanges(runtime, databaseUrl);
  }
  runtime.watch.start(logError("verification change check"));
  runtime.knownIds.prime().catch(logError("reading known token ids"));
  runtime.usage.start(logError("writing usage and last-used times"));
  return runtime;
}

export async function stopVerificationRuntime(): Promise<void> {
  const current = (globalThis as { [RUNTIME_SLOT]?: ProcessRuntime })[RUNTIME_SLOT];
  if (!current) return;
  const { runtime } = current;
  current.stopListening?.();
  current.stopListening = undefined;
  await current.notifications?.stop();
  current.notifications = undefined;
  runtime.watch.stop();
  await runtime.usage.stop();
  await runtime.limiter.close();
  await runtime.closeReads();
}
