// npm run bench:paced (issue 14.1): the latency a gateway feels at a fixed rate. Seeds
// B1's 100,000 tokens, then sends evenly paced GET /api/v1/auth/check requests
// (bench/support/paced-load.ts: its own thread, a bare-socket client) at BENCH_RATE
// (5,000/s) over BENCH_CONNECTIONS (64) for BENCH_DURATION (10 s) to the cached-path floor
// (bench/cached-floor-server.ts), the database floor (bench/floor-server.ts) and Keyward, in
// BENCH_ROUNDS (3) alternating rounds, and prints each one's latency percentiles counted from every
// request's due time, the generator's own lateness, and what the server's process did
// meanwhile (CPU per request, GC pauses, event-loop delay: bench/support/runtime-probe.mjs).
// The floor must reach the goal (p99 ≤ 2 ms) before Keyward is judged by it.
//   KEYWARD_BENCH_PORT (3210; the floors use the next two ports)
//   BENCH_TARGETS ("cached floor,db floor,keyward": which to load)
//   BENCH_STALL_MS (50: event-loop stalls and GC pauses longer than this are listed)
//   BENCH_PIN (unset; 1: the generator on the first allowed core, every server on the
//   second, as when the gateway is another machine: neither takes the other's core)
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { seedBenchDatabase } from "./seed";
import { allowedCpuList, onCore, parseCpuList, pinProcess, tasksetAvailable } from "./support/cpu-pinning";
import { pacedLoad } from "./support/paced-load";
import { endWindow, probeEnv, startWindow, type ProbeWindow } from "./support/runtime-probe";
import { root, startInGroup, stop, waitFor } from "./support/servers";
import { median } from "./support/stats";
import { BENCH_HASH_KEY, verificationBenchEnv } from "./support/verification-bench-env";

const dataDir = path.join(root, "bench", ".data");
const resultsDir = path.join(root, "bench", "results");
const dbFile = path.join(dataDir, "paced.db");
const keywardPort = Number(process.env.KEYWARD_BENCH_PORT ?? 3210);
const rate = Number(process.env.BENCH_RATE ?? 5_000);
const seconds = Number(process.env.BENCH_DURATION ?? 10);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const HASH_KEY = BENCH_HASH_KEY;

const loadAverage = () => loadavg()[0]?.toFixed(2) ?? "?";

// BENCH_PIN: the generator's core and the servers' core, or undefined when not pinned.
function pinning(): { generator: number; servers: number } | undefined {
  if (process.env.BENCH_PIN !== "1") return undefined;
  const [generator, servers] = parseCpuList(allowedCpuList());
  if (generator === undefined || servers === undefined || !tasksetAvailable())
    throw new Error("BENCH_PIN needs two cores and taskset");
  return { generator, servers };
}
const pinned = pinning();

// A server's command, confined to the servers' core when pinned.
const onServerCore = (command: string, args: string[]) => onCore(pinned?.servers, command, args);

type Target = {
  name: string;
  url: string;
  start: (probe: Record<string, string>) => ReturnType<typeof startInGroup>;
};

const targets: Target[] = [
  {
    name: "cached floor",
    url: `http://127.0.0.1:${keywardPort + 2}/`,
    start: (probe) =>
      startInGroup(
        ...onServerCore(process.execPath, ["--import", "tsx", "bench/cached-floor-server.ts"]),
        { ...probe, FLOOR_DB: dbFile, FLOOR_PORT: String(keywardPort + 2), KEYWARD_TOKEN_HASH_KEY: HASH_KEY },
        path.join(dataDir, "cached-floor.log"),
      ),
  },
  {
    name: "db floor",
    url: `http://127.0.0.1:${keywardPort + 1}/`,
    start: (probe) =>
      startInGroup(
        ...onServerCore(process.execPath, ["--import", "tsx", "bench/floor-server.ts"]),
        { ...probe, FLOOR_DB: dbFile, FLOOR_PORT: String(keywardPort + 1), KEYWARD_TOKEN_HASH_KEY: HASH_KEY },
        path.join(dataDir, "floor.log"),
      ),
  },
  {
    name: "keyward",
    url: `http://127.0.0.1:${keywardPort}/api/v1/auth/check`,
    start: (probe) =>
      startInGroup(
        ...onServerCore("npm", ["start"]),
        { ...verificationBenchEnv({ port: keywardPort, databaseFile: dbFile, dataDir }), ...probe },
        path.join(dataDir, "keyward-paced.log"),
      ),
  },
];

type Measured = Awaited<ReturnType<typeof pacedLoad>> & { server: ProbeWindow };

// The runtime probe's threshold for a stall (BENCH_STALL_MS).
const stallMs = Number(process.env.BENCH_STALL_MS ?? 50);
const at = (pauses: { ms: number; atS: number; kind?: string }[]) =>
  pauses.map((p) => `${p.ms} ms${p.kind ? ` ${p.kind}` : ""} at ${p.atS} s`).join(", ") || "none";

function describe(name: string, result: Measured): string {
  const { latencyMs: l, serviceMs: s, generatorLateMs: late, server } = result;
  return [
    `paced ${name.padEnd(12)} ${result.achievedRate} req/s of ${rate}  latency p50 ${l.p50} ms  p90 ${l.p90} ms  p99 ${l.p99} ms  p99.9 ${l.p999} ms  max ${l.max} ms  (service p50 ${s.p50} ms, p99 ${s.p99} ms; statuses ${JSON.stringify(result.statuses)}, errors ${result.errors}, sent again ${result.retried}; load ${loadAverage()})`,
    `      generator: late p50 ${late.p50} / p99 ${late.p99} ms, ${result.waitedForConnection} waited for a free connection, CPU ${result.generatorCpuPercent} % of a core`,
    `      server process: CPU ${Math.round((server.cpuMs * 1_000) / result.sent)} µs per request (${Math.round((100 * server.cpuMs) / server.wallMs)} % of a core), GC ${server.gc.count} pauses, ${server.gc.totalMs} ms in all (longest ${server.gc.maxMs} ms), event-loop delay p50 ${server.eventLoopDelayMs.p50} / p99 ${server.eventLoopDelayMs.p99} / max ${server.eventLoopDelayMs.max} ms; stalls over ${stallMs} ms ${at(server.stalls)}; GC pauses over ${stallMs} ms ${at(server.gc.long ?? [])}`,
  ].join("\n");
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  console.log("paced: seeding 100,000 tokens…");
  const { pool } = await seedBenchDatabase(dbFile, HASH_KEY);
  const headerSets = pool.map((token) => ({ authorization: `Bearer ${token}` }));
  const only = process.env.BENCH_TARGETS?.split(",");
  const chosen = targets.filter((t) => !only || only.includes(t.name));
  // This process holds the generator's thread; the servers are started on the other core.
  if (pinned) {
    pinProcess(process.pid, String(pinned.generator));
    console.log(`paced: generator on core ${pinned.generator}, servers on core ${pinned.servers}`);
  }

  // Every server runs throughout, and the rounds alternate between them (the order flips each
  // round), so a neighbour's burst on the shared machine falls on all of them alike.
  const running = chosen.map((target) => {
    const probeFile = path.join(dataDir, `probe-${target.name.replace(/ /g, "-")}.jsonl`);
    return { target, probeFile, child: target.start(probeEnv(probeFile)) };
  });
  const results: Record<string, Measured[]> = {};
  try {
    for (const { target, child } of running) {
      await waitFor(target.url, 401, 20 * 60_000, child);
      // Warm-up at the same rate: JIT, caches, connections.
      await pacedLoad({ url: target.url, rate, seconds: 3, connections, headerSets });
    }
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? running : [...running].reverse();
      for (const { target, probeFile } of order) {
        startWindow(probeFile);
        const result = await pacedLoad({ url: target.url, rate, seconds, connections, headerSets });
        const measured = { ...result, server: await endWindow(probeFile) };
        (results[target.name] ??= []).push(measured);
        console.log(`round ${round + 1}: ${describe(target.name, measured)}`);
      }
    }
  } finally {
    await Promise.all(running.map(({ child }) => stop(child)));
  }
  console.log(`\nmedian of ${rounds} rounds (goal: p99 ≤ 2 ms at ${rate} req/s):`);
  for (const [name, runs] of Object.entries(results)) {
    const of = (pick: (run: Measured) => number) => Math.round(median(runs.map(pick)) * 100) / 100;
    console.log(
      `  ${name.padEnd(12)} latency p50 ${of((r) => r.latencyMs.p50)} ms  p99 ${of((r) => r.latencyMs.p99)} ms  (service p50 ${of((r) => r.serviceMs.p50)} / p99 ${of((r) => r.serviceMs.p99)} ms; generator late p99 ${of((r) => r.generatorLateMs.p99)} ms; server CPU ${Math.round(of((r) => (r.server.cpuMs * 1_000) / r.sent))} µs per request, GC ${of((r) => r.server.gc.totalMs)} ms per round)`,
    );
  }
  const report = {
    benchmark: "paced",
    at: new Date().toISOString(),
    rate,
    seconds,
    rounds,
    connections,
    pinned: pinned ?? null,
    results,
  };
  const file = path.join(resultsDir, `paced-${report.at.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  console.log(`paced: results written to ${path.relative(root, file)}`);
}

main().catch((error: unknown) => {
  console.error("paced bench failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
