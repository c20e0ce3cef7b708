// npm run bench:flush: how long one usage flush holds the event loop on SQLite, where every
// statement is synchronous, so each millisecond of it is a millisecond every verification
// waits. Seeds B1's 100,000 tokens, then in alternating rounds notes one verification for
// each of BENCH_FLUSH_TOKENS tokens (1,000: bench:paced's pool) and flushes it three ways:
// one transaction on the server's connection (as before 2026-12-04), the recorder's parts on
// that connection, and the parts on the writer thread the server now uses. Prints each
// flush's wall time, its longest block of the event loop and the sum of its blocks over 1 ms.
import { loadavg } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { seedBenchDatabase } from "./seed";
import { root } from "./support/servers";
import { median } from "./support/stats";
import { BENCH_HASH_KEY } from "./support/verification-bench-env";

const file = path.join(root, "bench", ".data", "flush.db");
const tokens = Number(process.env.BENCH_FLUSH_TOKENS ?? 1_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 6);
process.env.DATABASE_URL = `file:${file}`;

// Gaps between turns of the event loop while `work` runs: each gap is time no request
// could have been answered.
async function blocks(
  work: () => Promise<void>,
): Promise<{ wallMs: number; longestMs: number; blockedMs: number }> {
  let running = true;
  let last = performance.now();
  let longestMs = 0;
  let blockedMs = 0;
  const tick = () => {
    const now = performance.now();
    const gap = now - last;
    last = now;
    longestMs = Math.max(longestMs, gap);
    if (gap > 1) blockedMs += gap;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  const started = performance.now();
  await work();
  const wallMs = performance.now() - started;
  running = false;
  await new Promise((resolve) => setImmediate(resolve));
  return { wallMs, longestMs, blockedMs };
}

async function main() {
  console.log(`flush: seeding 100,000 tokens…`);
  await seedBenchDatabase(file, BENCH_HASH_KEY);
  const ids = new Database(file, { readonly: true })
    .prepare(`SELECT "id" FROM "ApiToken" ORDER BY random() LIMIT ?`)
    .all(tokens)
    .map((row) => (row as { id: string }).id);
  const [{ createDbClient }, { UsageRecorder, TOKENS_PER_WRITE }, { writeUsageBatch }, { usageWriter }] =
    await Promise.all([
      import("@/lib/db/client"),
      import("@/lib/usage/recorder"),
      import("@/lib/usage/write-usage"),
      import("@/lib/usage/usage-writer"),
    ]);
  const client = createDbClient(`file:${file}`);
  const onConnection = (batch: Parameters<typeof writeUsageBatch>[1]) => writeUsageBatch(client, batch);
  const thread = usageWriter(`file:${file}`);
  const ways = [
    { name: "one transaction", tokensPerWrite: Number.POSITIVE_INFINITY, write: onConnection },
    { name: `parts of ${TOKENS_PER_WRITE}`, tokensPerWrite: TOKENS_PER_WRITE, write: onConnection },
    { name: "writer thread", tokensPerWrite: TOKENS_PER_WRITE, write: thread.write },
  ];
  const results = new Map(ways.map((way) => [way.name, [] as Awaited<ReturnType<typeof blocks>>[]]));
  // Round 0 warms both up (JIT, prepared statements, page cache) and is not counted.
  for (let round = 0; round <= rounds; round++) {
    for (const way of round % 2 ? ways : [...ways].reverse()) {
      const usage = new UsageRecorder(way.write, {
        intervalMs: 60_000,
        counting: true,
        tokensPerWrite: way.tokensPerWrite,
      });
      const at = new Date();
      for (const id of ids) usage.note(id, "ok", `192.0.2.${round % 200}`, at);
      const measured = await blocks(() => usage.flush(at));
      if (round > 0) results.get(way.name)?.push(measured);
    }
  }
  await thread.close();
  await client.$disconnect();
  console.log(`flush of ${tokens} tokens, median of ${rounds} rounds, load ${loadavg()[0]?.toFixed(2)}:`);
  for (const [name, runs] of results) {
    const ms = (pick: (run: (typeof runs)[number]) => number) => median(runs.map(pick)).toFixed(1);
    console.log(
      `  ${name.padEnd(16)} wall ${ms((r) => r.wallMs)} ms, longest block ${ms((r) => r.longestMs)} ms, blocked ${ms((r) => r.blockedMs)} ms in all`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
