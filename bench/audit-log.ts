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
import { createDbClient } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { ensureCatalogue } from "@/lib/setup/catalogue";
import { ensureFirstAdmin } from "@/lib/setup/first-admin";
import { median, signIn, waitForServer } from "./support/console-session";

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 100_000);
const REQUESTS = 20;
const PORT = Number(process.env.BENCH_AUDIT_PORT ?? 3399);
const BASE_URL = `http://localhost:${PORT}`;
const EMAIL = "bench-admin@keyward.local";
const PASSWORD = "bench-password-123";
const AUDIT_PATH = "/settings/technical/api/audit";

const scratch = mkdtempSync(path.join(os.tmpdir(), "keyward-bench-audit-"));
const databaseUrl = `file:${path.join(scratch, "bench.db")}`;

async function loadEvents(): Promise<{ accountId: string; tokenId: string }> {
  await migrateDatabase(databaseUrl);
  const client = createDbClient(databaseUrl);
  try {
    await ensureCatalogue(client);
    await ensureFirstAdmin(client, { email: EMAIL, password: PASSWORD, accountName: "Bench Org" });
    const { id: accountId } = await client.account.findFirstOrThrow({ select: { id: true } });
    const actors = Array.from({ length: 25 }, (_, i) => `user${i}@bench.example`);
    const start = Date.now() - 365 * 24 * 60 * 60 * 1000;
    const step = (365 * 24 * 60 * 60 * 1000) / EVENTS;
    let previous: ChainedEventData | null = null;
    let batch: ChainedEventData[] = [];
    for (let i = 0; i < EVENTS; i++) {
      const token = i % 2000;
      previous = nextChainedEvent(previous, {
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
      if (batch.length === 2000) {
        await client.auditEvent.createMany({ data: batch });
        batch = [];
      }
    }
    if (batch.length > 0) await client.auditEvent.createMany({ data: batch });
    const report = await verifyAuditChain(client, { accountId });
    if (report.breaks.length > 0 || report.events !== EVENTS)
      throw new Error(`bulk load is not a valid chain: ${JSON.stringify(report)}`);
    return { accountId, tokenId: "bench_token_7" };
  } finally {
    await client.$disconnect();
  }
}

function startServer() {
  // Same fixed keys as the end-to-end tests, so the production build is reused.
  const env = {
    ...process.env,
    PORT: String(PORT),
    DATABASE_URL: databaseUrl,
    KEYWARD_DATA_DIR: scratch,
    NEXTAUTH_URL: BASE_URL,
    KEYWARD_TOKEN_HASH_KEY: "e2e-token-hash-key-0123456789abcdefghijkl",
    NEXTAUTH_SECRET: "e2e-nextauth-secret-0123456789abcdefghijkl",
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "ZTJlLXNlcnZlci1hY3Rpb25zLWtleS0wMTIzNDU2Nzg=",
  };
  const server = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout.on("data", (chunk: Buffer) => process.stderr.write(`[server] ${chunk}`));
  server.stderr.on("data", (chunk: Buffer) => process.stderr.write(`[server] ${chunk}`));
  return server;
}

async function timeOnce(cookie: string, query: string): Promise<number> {
  const url = `${BASE_URL}${AUDIT_PATH}${query}`;
  const started = performance.now();
  const response = await fetch(url, { headers: { Cookie: cookie } });
  const body = await response.text();
  const elapsed = performance.now() - started;
  if (response.status !== 200 || !body.includes("Audit log"))
    throw new Error(`${url}: HTTP ${response.status}`);
  return elapsed;
}

// Warm every view up first, then take the views in turns, so that a burst of load from
// elsewhere on the machine spreads over all of them instead of skewing one.
async function timeViews(cookie: string, views: Record<string, string>) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(views).map((name) => [name, []]));
  for (const query of Object.values(views)) for (let i = 0; i < 3; i++) await timeOnce(cookie, query);
  for (let round = 0; round < REQUESTS; round++) {
    for (const [name, query] of Object.entries(views)) samples[name]?.push(await timeOnce(cookie, query));
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
const { tokenId } = await loadEvents();
console.log(
  `bench:audit loaded ${EVENTS} chained events in ${Math.round(performance.now() - loadStarted)} ms`,
);

const server = startServer();
try {
  await waitForServer(`${BASE_URL}/login`, 900_000);
  const cookie = await signIn(BASE_URL, EMAIL, PASSWORD);
  const scenarios: Record<string, string> = {
    "first page (newest first)": "",
    "sorted by actor": "?sort=actor&dir=asc",
    "sorted by action": "?sort=action&dir=asc",
    "action filter": "?action=token.revoked",
    "actor filter": "?actor=user7%40",
    "one token's history": `?token=${tokenId}`,
    "date range (one month)": `?from=${new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)}`,
  };
  const results = await timeViews(cookie, scenarios);
  for (const [name, { medianMs }] of Object.entries(results)) {
    console.log(`bench:audit ${name}: median ${medianMs} ms over ${REQUESTS} requests (${EVENTS} events)`);
  }
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(
    "bench/results/audit-log.json",
    JSON.stringify({ events: EVENTS, requests: REQUESTS, at: new Date().toISOString(), results }, null, 2),
  );
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  rmSync(scratch, { recursive: true, force: true });
}
