// `npm run bench:audit`: the audit log page with 100,000 events in one account. Bulk-loads
// a correctly chained log into a scratch SQLite file, starts the production console on it
// and times the first page (and a few filtered/sorted views) for a signed-in administrator:
// median of 20 requests each, after a warm-up. Results go to bench/results/audit-log.json.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { AUDIT_ACTIONS } from "@/lib/audit/actions";
import { nextChainedEvent, type ChainedEventData } from "@/lib/audit/chained-event";
import { verifyAuditChain } from "@/lib/audit/verify-chain";
import { hashPassword } from "@/lib/auth/password";
import { createDbClient, type DbClient } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureCatalogue } from "@/lib/setup/catalogue";
import { ensureFirstAdmin } from "@/lib/setup/first-admin";
import { SHARED_BUILD_KEYS } from "./support/production-server";
import { stop, waitFor } from "./support/servers";
import { signIn } from "./support/sign-in";
import { median, timedGet } from "./support/stats";

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 100_000);
const REQUESTS = 20;
const PORT = Number(process.env.BENCH_AUDIT_PORT ?? 3399);
const BASE_URL = `http://localhost:${PORT}`;
const EMAIL = "bench-admin@keyward.local";
const PASSWORD = "bench-password-123";
const AUDIT_PATH = "/settings/technical/api/audit";

const scratch = mkdtempSync(path.join(os.tmpdir(), "keyward-bench-audit-"));
const databaseUrl = `file:${path.join(scratch, "bench.db")}`;

const SMALL_EVENTS = 100;
// Only this process writes and checks the bulk-loaded chain, so any key will do.
const BENCH_AUDIT_KEY = "bench-audit-key-0123456789abcdefghijklmnop";
const SMALL_EMAIL = "bench-small-admin@keyward.local";

// Appends `count` correctly chained events to the account, in bulk.
async function loadLog(client: DbClient, accountId: string, count: number): Promise<void> {
  const actors = Array.from({ length: 25 }, (_, i) => `user${i}@bench.example`);
  const start = Date.now() - 365 * 24 * 60 * 60 * 1000;
  const step = (365 * 24 * 60 * 60 * 1000) / count;
  let previous: ChainedEventData | null = null;
  let batch: ChainedEventData[] = [];
  for (let i = 0; i < count; i++) {
    const token = i % 2000;
    previous = nextChainedEvent(BENCH_AUDIT_KEY, previous, {
      accountId,
      occurredAt: new Date(start + Math.floor(i * step)),
      actorUserId: null,
      actorTokenId: null,
      actorLabel: actors[i % actors.length] ?? "",
      action: AUDIT_ACTIONS[i % 9] ?? "token.updated",
      targetType: "token",
      targetId: `bench_token_${token}`,
      targetLabel: `Integration ${token}`,
      targetHint: `kw_bench${String(token).padStart(4, "0")}…abcd`,
      ipAddress: `198.51.100.${i % 250}`,
      userAgent: "Mozilla/5.0 (X11; Linux x86_64) bench",
      changes: JSON.stringify({ name: { from: `Integration ${token}`, to: `Integration ${token}` } }),
    });
    batch.push(previous);
    if (batch.length === 2000 || i === count - 1) {
      await client.auditEvent.createMany({ data: batch });
      batch = [];
    }
  }
  const report = await verifyAuditChain(client, { key: BENCH_AUDIT_KEY, accountId });
  if (report.breaks.length > 0 || report.events !== count) {
    throw new Error(`bulk load is not a valid chain: ${JSON.stringify(report)}`);
  }
}

// The large account (its first administrator signs in for the measured views) and a small
// one with its own administrator, as the baseline the growth ratio is taken against.
async function loadAccounts(): Promise<void> {
  await migrateDatabase(databaseUrl);
  const client = createDbClient(databaseUrl);
  try {
    await ensureCatalogue(client);
    await ensureFirstAdmin(client, { email: EMAIL, password: PASSWORD, accountName: "Bench Org" });
    const { id: largeId } = await client.account.findFirstOrThrow({ select: { id: true } });
    await loadLog(client, largeId, EVENTS);
    const small = await client.account.create({ data: { name: "Small Org" } });
    const user = await client.user.create({
      data: { email: SMALL_EMAIL, name: "Small admin", passwordHash: await hashPassword(PASSWORD) },
    });
    await client.membership.create({ data: { accountId: small.id, userId: user.id, role: "administrator" } });
    await loadLog(client, small.id, SMALL_EVENTS);
  } finally {
    await client.$disconnect();
  }
}

function startServer() {
  const env = {
    ...process.env,
    PORT: String(PORT),
    DATABASE_URL: databaseUrl,
    KEYWARD_DATA_DIR: scratch,
    NEXTAUTH_URL: BASE_URL,
    ...SHARED_BUILD_KEYS,
  };
  const server = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout.on("data", (chunk: Buffer) => process.stderr.write(`[server] ${chunk}`));
  server.stderr.on("data", (chunk: Buffer) => process.stderr.write(`[server] ${chunk}`));
  return server;
}

type View = { cookie: string; query: string };

function timeOnce({ cookie, query }: View): Promise<number> {
  return timedGet(`${BASE_URL}${AUDIT_PATH}${query}`, { Cookie: cookie }, "Audit log");
}

// Warm every view up first, then take the views in turns, so that a burst of load from
// elsewhere on the machine spreads over all of them instead of skewing one.
async function timeViews(views: Record<string, View>) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(views).map((name) => [name, []]));
  for (const view of Object.values(views)) for (let i = 0; i < 3; i++) await timeOnce(view);
  for (let round = 0; round < REQUESTS; round++) {
    for (const [name, view] of Object.entries(views)) samples[name]?.push(await timeOnce(view));
  }
  const round1 = (ms: number) => Math.round(ms * 10) / 10;
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      { medianMs: round1(median(list)), samples: list.map(round1) },
    ]),
  );
}

const loadStarted = performance.now();
await loadAccounts();
console.log(
  `bench:audit loaded ${EVENTS} + ${SMALL_EVENTS} chained events in ${Math.round(performance.now() - loadStarted)} ms`,
);

const FIRST_PAGE = "first page (newest first)";
const BASELINE = `first page, account with ${SMALL_EVENTS} events`;
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

const server = startServer();
try {
  await waitFor(`${BASE_URL}/login`, 200, 20 * 60_000, server);
  const cookie = await signIn(BASE_URL, EMAIL, PASSWORD);
  const smallCookie = await signIn(BASE_URL, SMALL_EMAIL, PASSWORD);
  const results = await timeViews({
    [FIRST_PAGE]: { cookie, query: "" },
    [BASELINE]: { cookie: smallCookie, query: "" },
    "sorted by actor": { cookie, query: "?sort=actor&dir=asc" },
    "sorted by action": { cookie, query: "?sort=action&dir=asc" },
    "action filter": { cookie, query: "?action=token.revoked" },
    "actor filter (substring)": { cookie, query: "?actor=user7%40" },
    "one token's history": { cookie, query: "?token=bench_token_7" },
    "date range (one month)": { cookie, query: `?from=${day(60)}&to=${day(30)}` },
  });
  for (const [name, { medianMs }] of Object.entries(results)) {
    console.log(`bench:audit ${name}: median ${medianMs} ms over ${REQUESTS} requests`);
  }
  const growth =
    Math.round(((results[FIRST_PAGE]?.medianMs ?? 0) / (results[BASELINE]?.medianMs ?? 1)) * 100) / 100;
  console.log(`bench:audit growth = first page at ${EVENTS} events / at ${SMALL_EVENTS} events = ${growth}`);
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/audit-log.json",
    JSON.stringify(
      { events: EVENTS, requests: REQUESTS, at: new Date().toISOString(), growth, results },
      null,
      2,
    ),
  );
} finally {
  await stop(server);
  rmSync(scratch, { recursive: true, force: true });
}
