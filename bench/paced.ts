// npm run bench:paced (issue 14.1): the latency a gateway feels at a fixed rate. Seeds
// B1's 100,000 tokens, then sends evenly paced GET /api/v1/auth/check requests
// (bench/support/paced-load.ts) at BENCH_RATE (5,000/s) over BENCH_CONNECTIONS (64) for
// BENCH_DURATION (10 s) to the cached-path floor (bench/cached-floor-server.ts), the
// database floor (bench/floor-server.ts) and Keyward, one after the other, and prints each
// one's latency percentiles counted from every request's due time. The floor must reach
// the goal (p99 ≤ 2 ms) before Keyward is judged by it.
//   KEYWARD_BENCH_PORT (3210; the floors use the next two ports)
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { E2E_SERVER_ENV } from "../e2e/support/e2e-env";
import { seedBenchDatabase } from "./seed";
import { pacedLoad, type PacedResult } from "./support/paced-load";
import { root, startInGroup, stop, waitFor } from "./support/servers";

const dataDir = path.join(root, "bench", ".data");
const resultsDir = path.join(root, "bench", "results");
const dbFile = path.join(dataDir, "paced.db");
const keywardPort = Number(process.env.KEYWARD_BENCH_PORT ?? 3210);
const rate = Number(process.env.BENCH_RATE ?? 5_000);
const seconds = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const HASH_KEY = "bench-token-hash-key-0123456789abcdefghijkl";

type Target = { name: string; url: string; start: () => ReturnType<typeof startInGroup> };

const targets: Target[] = [
  {
    name: "cached floor",
    url: `http://127.0.0.1:${keywardPort + 2}/`,
    start: () =>
      startInGroup(
        process.execPath,
        ["--import", "tsx", "bench/cached-floor-server.ts"],
        { FLOOR_DB: dbFile, FLOOR_PORT: String(keywardPort + 2), KEYWARD_TOKEN_HASH_KEY: HASH_KEY },
        path.join(dataDir, "cached-floor.log"),
      ),
  },
  {
    name: "db floor",
    url: `http://127.0.0.1:${keywardPort + 1}/`,
    start: () =>
      startInGroup(
        process.execPath,
        ["--import", "tsx", "bench/floor-server.ts"],
        { FLOOR_DB: dbFile, FLOOR_PORT: String(keywardPort + 1), KEYWARD_TOKEN_HASH_KEY: HASH_KEY },
        path.join(dataDir, "floor.log"),
      ),
  },
  {
    name: "keyward",
    url: `http://127.0.0.1:${keywardPort}/api/v1/auth/check`,
    start: () =>
      startInGroup(
        "npm",
        ["start"],
        {
          PORT: String(keywardPort),
          HOST: "127.0.0.1",
          DATABASE_URL: `file:${dbFile}`,
          KEYWARD_DATA_DIR: dataDir,
          KEYWARD_TOKEN_HASH_KEY: HASH_KEY,
          KEYWARD_ADMIN_EMAIL: "bench-admin@bench.local",
          KEYWARD_ADMIN_PASSWORD: "bench-password-123",
          NEXTAUTH_SECRET: "bench-nextauth-secret-0123456789abcdefghijkl",
          NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: E2E_SERVER_ENV.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "",
          // Only known tokens are sent; the limit stays as in B1 all the same.
          KEYWARD_VERIFY_FAILURE_LIMIT: "1000000000",
        },
        path.join(dataDir, "keyward-paced.log"),
      ),
  },
];

async function main() {
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  console.log("paced: seeding 100,000 tokens…");
  const { pool } = await seedBenchDatabase(dbFile, HASH_KEY);
  let next = 0;
  const headers = () => ({ authorization: `Bearer ${pool[next++ % pool.length] ?? ""}` });

  const results: Record<string, PacedResult> = {};
  for (const target of targets) {
    const child = target.start();
    try {
      await waitFor(target.url, 401, 20 * 60_000, child);
      // Warm-up at the same rate: JIT, caches, connections.
      await pacedLoad({ url: target.url, rate, seconds: 3, connections, headers });
      const result = await pacedLoad({ url: target.url, rate, seconds, connections, headers });
      results[target.name] = result;
      const { latencyMs: l, serviceMs: s } = result;
      console.log(
        `paced ${target.name.padEnd(12)} ${result.achievedRate} req/s of ${rate}  latency p50 ${l.p50} ms  p90 ${l.p90} ms  p99 ${l.p99} ms  p99.9 ${l.p999} ms  max ${l.max} ms  (service p50 ${s.p50} ms, p99 ${s.p99} ms; statuses ${JSON.stringify(result.statuses)}, errors ${result.errors})`,
      );
    } finally {
      await stop(child);
    }
  }
  const report = { benchmark: "paced", at: new Date().toISOString(), rate, seconds, connections, results };
  const file = path.join(resultsDir, `paced-${report.at.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  console.log(`paced: results written to ${path.relative(root, file)} (goal: p99 ≤ 2 ms at ${rate} req/s)`);
}

main().catch((error: unknown) => {
  console.error("paced bench failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
