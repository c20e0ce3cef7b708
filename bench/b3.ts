// npm run bench:b3: B3 of BENCHMARKS.md on PostgreSQL. Instance B is the production build
// started with `npm start`; this process plays instance A, issuing and revoking tokens
// through the real commands (so B learns of each revocation only through the database).
// For each of 100 tokens: B verifies it (and caches it), A revokes it, and B is polled
// until it answers 401. Prints the median, p99 and maximum delay; the product promises 1 s,
// issue 14 aims at p99 ≤ 50 ms (B hears the commit through LISTEN/NOTIFY).
//   KEYWARD_BENCH_PG_URL (postgresql://postgres@127.0.0.1:5432/postgres), KEYWARD_BENCH_PORT (3210; B uses +2)
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { E2E_SERVER_ENV } from "../e2e/support/e2e-env";
import { root, startInGroup, stop, waitFor } from "./support/servers";

const adminUrl = process.env.KEYWARD_BENCH_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const port = Number(process.env.KEYWARD_BENCH_PORT ?? 3210) + 2;
const TRIALS = Number(process.env.KEYWARD_BENCH_B3_TRIALS ?? 100);
const HASH_KEY = "bench-token-hash-key-0123456789abcdefghijkl";
const dataDir = path.join(root, "bench", ".data", "b3");
const resultsDir = path.join(root, "bench", "results");

async function onAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// The nearest-rank percentile: the smallest value at or above p % of the values.
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

async function main() {
  const name = `keyward_bench_b3_${randomBytes(4).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await onAdmin(`CREATE DATABASE ${name}`);
  try {
    await run(url.toString());
  } finally {
    await onAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function run(databaseUrl: string) {
  // Instance A's configuration: this process's commands write to the same database.
  process.env.DATABASE_URL = databaseUrl;
  process.env.KEYWARD_TOKEN_HASH_KEY = HASH_KEY;
  process.env.NEXTAUTH_SECRET = "bench-nextauth-secret-0123456789abcdefghijkl";
  // Both instances share every key: a PostgreSQL start refuses partly generated ones.
  process.env.KEYWARD_AUDIT_KEY = "bench-audit-key-0123456789abcdefghijklmnop";
  const { migrateDatabase } = await import("@/lib/db/migrate");
  const { db, disconnectDb } = await import("@/lib/db/client");
  const { ensureCatalogue } = await import("@/lib/setup/catalogue");
  const { createToken } = await import("@/lib/tokens/commands/create-token");
  const { revokeToken } = await import("@/lib/tokens/commands/revoke-token");
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  // Migrated before B starts, so the two do not migrate at the same time.
  await migrateDatabase(databaseUrl);
  await ensureCatalogue(db());

  const instanceB = startInGroup(
    "npm",
    ["start"],
    {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      KEYWARD_DATA_DIR: dataDir,
      KEYWARD_TOKEN_HASH_KEY: HASH_KEY,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET,
      KEYWARD_AUDIT_KEY: process.env.KEYWARD_AUDIT_KEY,
      KEYWARD_ADMIN_EMAIL: "bench-admin@bench.local",
      KEYWARD_ADMIN_PASSWORD: "bench-password-123",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: E2E_SERVER_ENV.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "",
    },
    path.join(dataDir, "instance-b.log"),
  );
  const check = (token: string) =>
    fetch(`http://127.0.0.1:${port}/api/v1/auth/check`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.status);

  const delays: number[] = [];
  try {
    await waitFor(`http://127.0.0.1:${port}/api/v1/auth/check`, 401, 20 * 60_000, instanceB);
    const account = await db().account.create({ data: { name: "B3" } });
    const user = await db().user.create({ data: { email: "b3-admin@bench.local", name: "B3 admin" } });
    await db().membership.create({ data: { accountId: account.id, userId: user.id, role: "administrator" } });
    const actor = {
      userId: user.id,
      email: user.email,
      accountId: account.id,
      role: "administrator" as const,
      ip: "127.0.0.1",
      userAgent: "bench",
    };
    const version = await db().apiVersion.findFirstOrThrow({ orderBy: { releasedAt: "desc" } });
    const leads = await db().apiSection.findUniqueOrThrow({ where: { key: "leads" } });

    for (let trial = 1; trial <= TRIALS; trial++) {
      const created = await createToken(actor, {
        name: `B3 ${trial}`,
        description: "",
        scope: "read",
        sectionIds: [leads.id],
        apiVersionId: version.id,
        expiration: "30d",
        customDate: "",
        ownerId: user.id,
        allowedIpRanges: "",
        technicalContact: "",
      });
      if (!created.ok) throw new Error(created.message);
      const { tokenId, secret } = created.data;
      // B learns of the new token through its own change check, then caches it.
      while ((await check(secret)) !== 204) await sleep(20);
      await check(secret);
      // Revocations land at any moment of B's polling cycle.
      await sleep(Math.random() * 500);
      const revoked = await revokeToken(actor, tokenId);
      if (!revoked.ok) throw new Error(revoked.message);
      const revokedAt = performance.now();
      while ((await check(secret)) !== 401) await sleep(2);
      delays.push(performance.now() - revokedAt);
    }
  } finally {
    await stop(instanceB);
    await disconnectDb();
  }

  const report = {
    benchmark: "B3",
    at: new Date().toISOString(),
    trials: TRIALS,
    medianMs: median(delays),
    p99Ms: percentile(delays, 99),
    maxMs: Math.max(...delays),
    delaysMs: delays,
  };
  console.log(
    `B3 revocation seen by the other instance: median ${report.medianMs.toFixed(1)} ms, p99 ${report.p99Ms.toFixed(1)} ms, max ${report.maxMs.toFixed(1)} ms over ${TRIALS} trials (promise: within 1,000 ms; goal p99 ≤ 50 ms)`,
  );
  const file = path.join(resultsDir, `b3-${report.at.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  console.log(`B3: results written to ${path.relative(root, file)}`);
  if (report.maxMs > 1_000) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error("B3 failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
