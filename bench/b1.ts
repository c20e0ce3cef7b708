// npm run bench: B1 of BENCHMARKS.md. Seeds 100,000 tokens, then loads Keyward's
// GET /api/v1/auth/check (the production build, started with `npm start`) with usage
// counting on (the default) and off (KEYWARD_USAGE_COUNTING=false), and the floor server in
// bench/floor-server.ts, one after the other, with the same 64 connections for 15 s, and
// prints each and their ratios. Results go to bench/results/ as JSON.
//   KEYWARD_BENCH_PORT (3210; the floor uses the next port), BENCH_DURATION (15),
//   BENCH_CONNECTIONS (64)
import { execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import autocannon, { type AutocannonResult } from "autocannon";
import { seedBenchDatabase } from "./seed";
import { BENCH_HASH_KEY, verificationBenchEnv } from "./support/verification-bench-env";
import { root, startInGroup, stop, waitFor } from "./support/servers";

const dataDir = path.join(root, "bench", ".data");
const resultsDir = path.join(root, "bench", "results");
const dbFile = path.join(dataDir, "b1.db");
const keywardPort = Number(process.env.KEYWARD_BENCH_PORT ?? 3210);
const floorPort = keywardPort + 1;
const cachedFloorPort = keywardPort + 3;
const duration = Number(process.env.BENCH_DURATION ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const UNKNOWN_SHARE = 0.1;
const HASH_KEY = BENCH_HASH_KEY;
const serverEnv = verificationBenchEnv({ port: keywardPort, databaseFile: dbFile, dataDir });

type Figures = {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  statuses: Record<string, number>;
  errors: number;
};

function figures(result: AutocannonResult): Figures {
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
  );
  const unexpected = Object.entries(statuses)
    .filter(([code]) => code !== "204" && code !== "401")
    .reduce((n, [, c]) => n + c, 0);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    statuses,
    errors: result.errors + result.timeouts + unexpected,
  };
}

function load(url: string, tokens: { pool: string[]; unknown: string[] }, seconds: number) {
  const pick = () => {
    const list = Math.random() < UNKNOWN_SHARE ? tokens.unknown : tokens.pool;
    return list[Math.floor(Math.random() * list.length)] ?? "";
  };
  return autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, authorization: `Bearer ${pick()}` },
        }),
      },
    ],
  });
}

// B4: resident memory of the node process running scripts/start.ts, found in the server's
// process group.
function serverRssMb(group: ChildProcess): number | null {
  if (group.pid === undefined) return null;
  const lines = execFileSync("ps", ["-o", "rss=,args=", "-g", String(group.pid)], { encoding: "utf8" }).split(
    "\n",
  );
  // The shell that npm starts names the script too; the server is the largest of them.
  const sizes = lines
    .filter((line) => line.includes("scripts/start.ts"))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  return sizes.length > 0 ? Math.round(Math.max(...sizes) / 1024) : null;
}

async function measure(
  name: string,
  url: string,
  tokens: { pool: string[]; unknown: string[] },
  memoryOf?: ChildProcess,
): Promise<Figures & { idleRssMb?: number | null; peakRssMb?: number | null }> {
  const idleRssMb = memoryOf ? serverRssMb(memoryOf) : undefined;
  let peakRssMb = idleRssMb ?? null;
  const sampler = memoryOf
    ? setInterval(() => (peakRssMb = Math.max(peakRssMb ?? 0, serverRssMb(memoryOf) ?? 0)), 1_000)
    : undefined;
  await load(url, tokens, 3); // warm-up: JIT, caches, connections
  const result = {
    ...figures(await load(url, tokens, duration)),
    ...(memoryOf ? { idleRssMb, peakRssMb } : {}),
  };
  clearInterval(sampler);
  const statuses = Object.entries(result.statuses)
    .map(([code, n]) => `${code}: ${n}`)
    .join(", ");
  console.log(
    `B1 ${name.padEnd(8)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors}  (${statuses})`,
  );
  if (memoryOf)
    console.log(
      `B4 ${name.padEnd(8)} resident memory: ${result.idleRssMb ?? "?"} MB idle after start, ${result.peakRssMb ?? "?"} MB peak under load`,
    );
  return result;
}

type ServerFigures = Figures & { idleRssMb?: number | null; peakRssMb?: number | null };
type Tokens = { pool: string[]; unknown: string[] };

const ROUNDS = 4;

function combine(rounds: Figures[]): Figures {
  const sorted = (values: number[]) => [...values].sort((x, y) => x - y);
  const statuses: Record<string, number> = {};
  for (const round of rounds)
    for (const [code, n] of Object.entries(round.statuses)) statuses[code] = (statuses[code] ?? 0) + n;
  return {
    rps: rounds.reduce((sum, r) => sum + r.rps, 0) / rounds.length,
    p50: sorted(rounds.map((r) => r.p50))[Math.floor(rounds.length / 2)] ?? 0,
    p99: Math.max(...rounds.map((r) => r.p99)),
    requests: rounds.reduce((sum, r) => sum + r.requests, 0),
    statuses,
    errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  };
}

function printFigures(name: string, result: ServerFigures): void {
  const statuses = Object.entries(result.statuses)
    .map(([code, n]) => `${code}: ${n}`)
    .join(", ");
  console.log(
    `B1 ${name.padEnd(8)} ${result.rps.toFixed(0).padStart(7)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  errors ${result.errors}  (${statuses})`,
  );
  if (result.idleRssMb !== undefined)
    console.log(
      `B4 ${name.padEnd(8)} resident memory: ${result.idleRssMb ?? "?"} MB idle after start, ${result.peakRssMb ?? "?"} MB peak under load`,
    );
}

// Keyward with usage counting on (the default) and off, side by side in time: both servers
// run on the same database file and take turns under the same load, ROUNDS times, so a
// burst from a neighbour on the shared machine falls on both alike rather than on
// whichever ran second.
async function measureUsageCost(tokens: Tokens): Promise<{ on: ServerFigures; off: ServerFigures }> {
  const ports = { on: keywardPort, off: keywardPort + 2 };
  console.log(`B1: starting Keyward with usage counting on (port ${ports.on}) and off (port ${ports.off})…`);
  const url = (port: number) => `http://127.0.0.1:${port}/api/v1/auth/check`;
  // One after the other: the first start builds when the sources changed, and two starts
  // building at once trip over Next's build lock.
  const on = startInGroup("npm", ["start"], { ...serverEnv }, path.join(dataDir, "keyward.log"));
  await waitFor(url(ports.on), 401, 20 * 60_000, on);
  const off = startInGroup(
    "npm",
    ["start"],
    { ...serverEnv, PORT: String(ports.off), KEYWARD_USAGE_COUNTING: "false" },
    path.join(dataDir, "keyward-no-usage.log"),
  );
  try {
    await waitFor(url(ports.off), 401, 20 * 60_000, off);
    const idleRssMb = serverRssMb(on);
    let peakRssMb = idleRssMb;
    const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb ?? 0, serverRssMb(on) ?? 0)), 1_000);
    // Warm-up: JIT, caches, connections.
    await load(url(ports.on), tokens, 3);
    await load(url(ports.off), tokens, 3);
    const rounds = { on: [] as Figures[], off: [] as Figures[] };
    const slice = Math.max(1, Math.round(duration / ROUNDS));
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which goes first, so neither always follows the other's flush.
      const order = round % 2 === 0 ? (["on", "off"] as const) : (["off", "on"] as const);
      for (const which of order) rounds[which].push(figures(await load(url(ports[which]), tokens, slice)));
    }
    clearInterval(sampler);
    return { on: { ...combine(rounds.on), idleRssMb, peakRssMb }, off: combine(rounds.off) };
  } finally {
    await stop(on);
    await stop(off);
  }
}

// A floor server (bench/floor-server.ts or bench/cached-floor-server.ts) on the same file,
// under the same load.
async function measureFloor(name: string, script: string, port: number, tokens: Tokens): Promise<Figures> {
  const server = startInGroup(
    process.execPath,
    ["--import", "tsx", script],
    { FLOOR_DB: dbFile, FLOOR_PORT: String(port), KEYWARD_TOKEN_HASH_KEY: HASH_KEY },
    path.join(dataDir, `${name}-floor.log`),
  );
  try {
    await waitFor(`http://127.0.0.1:${port}/`, 401, 60_000, server);
    return await measure(name, `http://127.0.0.1:${port}/`, tokens);
  } finally {
    await stop(server);
  }
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  console.log("B1: seeding 100,000 tokens…");
  const tokens = await seedBenchDatabase(dbFile, HASH_KEY);

  const usage = await measureUsageCost(tokens);
  const keywardFigures = usage.on;
  const uncountedFigures = usage.off;
  printFigures("keyward", keywardFigures);
  printFigures("no-usage", uncountedFigures);

  const floorFigures = await measureFloor("floor", "bench/floor-server.ts", floorPort, tokens);
  const cachedFloorFigures = await measureFloor(
    "cached",
    "bench/cached-floor-server.ts",
    cachedFloorPort,
    tokens,
  );

  const ratio = keywardFigures.rps / floorFigures.rps;
  const ratioWithoutUsage = uncountedFigures.rps / floorFigures.rps;
  const cachedRatio = keywardFigures.rps / cachedFloorFigures.rps;
  console.log(
    `B1 ratio   ${ratio.toFixed(2)} with usage counting, ${ratioWithoutUsage.toFixed(2)} without (Keyward req/s ÷ floor req/s; target ≥ 0.80, Keyward p99 < 10 ms)`,
  );
  console.log(
    `B1 ratio   ${cachedRatio.toFixed(2)} to the cached-path floor (Keyward with counting ÷ cached floor req/s; issue 14 target ≥ 0.80)`,
  );
  console.log(
    `B1 usage   counting on ÷ off: ${(keywardFigures.rps / uncountedFigures.rps).toFixed(2)} (${ROUNDS} alternating rounds each)`,
  );
  const report = {
    benchmark: "B1",
    at: new Date().toISOString(),
    connections,
    durationSeconds: duration,
    tokens: 100_000,
    pool: tokens.pool.length,
    unknownShare: UNKNOWN_SHARE,
    keyward: keywardFigures,
    keywardWithoutUsage: uncountedFigures,
    floor: floorFigures,
    cachedFloor: cachedFloorFigures,
    ratio,
    ratioWithoutUsage,
    cachedRatio,
  };
  const file = path.join(resultsDir, `b1-${report.at.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  console.log(`B1: results written to ${path.relative(root, file)}`);
  if ([keywardFigures, uncountedFigures, floorFigures, cachedFloorFigures].some((f) => f.errors > 0))
    process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error("B1 failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
