// npm run bench: B1 of BENCHMARKS.md. Seeds 100,000 tokens, then loads Keyward's
// GET /api/v1/auth/check (the production build, started with `npm start`) with usage
// counting on (the default) and off (KEYWARD_USAGE_COUNTING=false), the database floor
// (bench/floor-server.ts) and the cached-path floor (bench/cached-floor-server.ts), all four
// running throughout and taking turns under the same 64 connections in alternating rounds
// (15 s each in all), and prints each, their CPU per request and their ratios, round by
// round too. Keyward and the cached-path floor then take turns under a lighter closed-loop
// generator (bench/support/closed-loop-load.ts), which leaves each server a whole core.
// Keyward with one process and with one per core (KEYWARD_PROCESSES) take turns
// the same way, then again with the load generator on one core and both servers, with the
// cached-path floor, on another. Results go to bench/results/ as JSON.
//   KEYWARD_BENCH_PORT (3210; the servers take it and the next seven), BENCH_DURATION (15),
//   BENCH_CONNECTIONS (64)
import { execFileSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { AutocannonResult } from "autocannon";
import { b1Load } from "./support/b1-load";
import { closedLoopLoad, type ClosedLoopResult } from "./support/closed-loop-load";
import { seedBenchDatabase } from "./seed";
import { allowedCpuList, onCore, parseCpuList, pinProcess, tasksetAvailable } from "./support/cpu-pinning";
import {
  addSlice,
  clockTicksPerSecond,
  cpuShares,
  emptyWindow,
  sampleCpu,
  type CpuWindow,
} from "./support/process-cpu";
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
// One process for the usage pair, whose figures the ratio lines have always been; the
// process-count pair compares it with one process per core.
const serverEnv = verificationBenchEnv({ port: keywardPort, databaseFile: dbFile, dataDir });
const cores = availableParallelism();

type Figures = {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  statuses: Record<string, number>;
  errors: number;
};

// Answers B1 counts as errors: anything but a 204 or a 401.
function unexpectedAnswers(statuses: Record<string, number>): number {
  return Object.entries(statuses)
    .filter(([code]) => code !== "204" && code !== "401")
    .reduce((n, [, c]) => n + c, 0);
}

function figures(result: AutocannonResult): Figures {
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
  );
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    statuses,
    errors: result.errors + result.timeouts + unexpectedAnswers(statuses),
  };
}

// How a bench loads a server for `seconds`: B1's figures from autocannon, or from the
// lighter closed-loop generator.
type LoadGenerator = (url: string, tokens: Tokens, seconds: number) => Promise<Figures>;

const autocannonGenerator: LoadGenerator = async (url, tokens, seconds) =>
  figures(await b1Load({ url, tokens, connections, seconds, unknownShare: UNKNOWN_SHARE }));

// The pool's tokens, and as many unknown ones as make UNKNOWN_SHARE of them: each request
// draws one at random.
function headerSetsFor(tokens: Tokens): Record<string, string>[] {
  const unknown = Math.round((tokens.pool.length * UNKNOWN_SHARE) / (1 - UNKNOWN_SHARE));
  return [...tokens.pool, ...tokens.unknown.slice(0, unknown)].map((token) => ({
    authorization: `Bearer ${token}`,
  }));
}

function closedLoopFigures(result: ClosedLoopResult): Figures {
  return {
    rps: result.rps,
    p50: result.latencyMs.p50,
    p99: result.latencyMs.p99,
    requests: result.requests,
    statuses: result.statuses,
    errors: result.errors + unexpectedAnswers(result.statuses),
  };
}

const lightGenerator: LoadGenerator = async (url, tokens, seconds) =>
  closedLoopFigures(await closedLoopLoad({ url, seconds, connections, headerSets: headerSetsFor(tokens) }));

// B4: resident memory of the node processes running the start command (scripts/start.ts,
// compiled or not) in the server's process group (the primary and its workers when there
// are several), in MB.
function serverProcessesRssMb(group: ChildProcess): number[] {
  if (group.pid === undefined) return [];
  const lines = execFileSync("ps", ["-o", "rss=,args=", "-g", String(group.pid)], { encoding: "utf8" }).split(
    "\n",
  );
  // npm and its shell name the script too; the node processes are the ones that run it
  // (workers by its absolute path).
  return lines
    .map((line) => line.trim().split(/\s+/))
    .filter(
      ([, command, ...args]) =>
        /(^|\/)node$/.test(command ?? "") &&
        args.some((arg) => /scripts\/start(\.ts|-compiled\.mjs)$/.test(arg)),
    )
    .map(([kb]) => Math.round(Number(kb) / 1024));
}

// The largest of them: with one process, the server itself.
function serverRssMb(group: ChildProcess): number | null {
  const sizes = serverProcessesRssMb(group);
  return sizes.length > 0 ? Math.max(...sizes) : null;
}

const groupRssMb = (group: ChildProcess): number => serverProcessesRssMb(group).reduce((a, b) => a + b, 0);

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

// One server B1 measures: how to start it (in its own process group), where it answers,
// and whether its resident memory is B4's (Keyward's own processes).
type Contender = {
  name: string;
  url: string;
  start: () => ChildProcess;
  keyward: boolean;
};
type Memory = {
  idleRssMb: number | null;
  peakRssMb: number | null;
  idleGroupMb: number;
  peakGroupMb: number;
};
type Measured = ServerFigures &
  Pick<Memory, "idleGroupMb" | "peakGroupMb"> & { cpu: CpuWindow; rounds: Figures[] };

const keywardUrl = (port: string | number) => `http://127.0.0.1:${port}/api/v1/auth/check`;

// Keyward's production start; pinTo confines its whole process group to one core (taskset).
function keyward(name: string, env: Record<string, string>, log: string, pinTo?: number): Contender {
  const [command, args] = onCore(pinTo, "npm", ["start"]);
  return {
    name,
    url: keywardUrl(env.PORT ?? keywardPort),
    start: () => startInGroup(command, args, env, path.join(dataDir, log)),
    keyward: true,
  };
}

// A floor server (bench/floor-server.ts or bench/cached-floor-server.ts) on the same file.
function floor(name: string, script: string, port: number, pinTo?: number): Contender {
  const [command, args] = onCore(pinTo, process.execPath, ["--import", "tsx", script]);
  return {
    name,
    url: `http://127.0.0.1:${port}/`,
    start: () =>
      startInGroup(
        command,
        args,
        { FLOOR_DB: dbFile, FLOOR_PORT: String(port), KEYWARD_TOKEN_HASH_KEY: HASH_KEY },
        path.join(dataDir, `${name}-floor.log`),
      ),
    keyward: false,
  };
}

// Servers side by side in time: all run throughout on the same database file and take
// turns under the same load, ROUNDS times, the order flipped each round, so a burst from a
// neighbour on the shared machine falls on all of them alike rather than on whichever ran
// at that moment, and a ratio between two of them compares the same minutes.
async function sideBySide(
  tokens: Tokens,
  contenders: Contender[],
  load: LoadGenerator = autocannonGenerator,
): Promise<Measured[]> {
  const servers: ChildProcess[] = [];
  try {
    // One after the other: the first Keyward start builds when the sources changed, and two
    // starts building at once trip over Next's build lock.
    for (const contender of contenders) {
      const server = contender.start();
      servers.push(server);
      await waitFor(contender.url, 401, 20 * 60_000, server);
    }
    const memory = servers.map((server): Memory => {
      const idleRssMb = serverRssMb(server);
      const idleGroupMb = groupRssMb(server);
      return { idleRssMb, peakRssMb: idleRssMb, idleGroupMb, peakGroupMb: idleGroupMb };
    });
    const sampler = setInterval(() => {
      servers.forEach((server, index) => {
        const seen = memory[index];
        if (!seen || !contenders[index]?.keyward) return;
        seen.peakRssMb = Math.max(seen.peakRssMb ?? 0, serverRssMb(server) ?? 0);
        seen.peakGroupMb = Math.max(seen.peakGroupMb, groupRssMb(server));
      });
    }, 1_000);
    // Warm-up: JIT, caches, connections.
    for (const contender of contenders) await load(contender.url, tokens, 3);
    const rounds = contenders.map((): Figures[] => []);
    // CPU over the measured slices only, each server's during its own turns.
    const cpu = contenders.map(() => emptyWindow);
    const slice = Math.max(1, Math.round(duration / ROUNDS));
    const indices = contenders.map((_, index) => index);
    for (let round = 0; round < ROUNDS; round++) {
      // Alternate the order, so none always follows another's flush.
      for (const which of round % 2 === 0 ? indices : [...indices].reverse()) {
        const group = servers[which]?.pid ?? 0;
        const before = sampleCpu(group);
        const result = await load(contenders[which]?.url ?? "", tokens, slice);
        cpu[which] = addSlice(cpu[which] ?? emptyWindow, before, sampleCpu(group), result.requests);
        rounds[which]?.push(result);
      }
    }
    clearInterval(sampler);
    return contenders.map((contender, index) => {
      const seen = memory[index];
      if (!seen) throw new Error("a server without memory figures");
      const own = rounds[index] ?? [];
      return {
        ...combine(own),
        ...(contender.keyward ? seen : { ...seen, idleRssMb: undefined, peakRssMb: undefined }),
        cpu: cpu[index] ?? emptyWindow,
        rounds: own,
      };
    });
  } finally {
    for (const server of servers) await stop(server);
  }
}

// Keyward with usage counting on (the default) and off, and both floors, in the same rounds.
async function measureUsageAndFloors(tokens: Tokens) {
  const ports = { on: keywardPort, off: keywardPort + 2 };
  console.log(
    `B1: Keyward with usage counting on (port ${ports.on}) and off (port ${ports.off}), the database floor (port ${floorPort}) and the cached-path floor (port ${cachedFloorPort}), in ${ROUNDS} alternating rounds…`,
  );
  const [on, off, db, cached] = await sideBySide(tokens, [
    keyward("keyward", serverEnv, "keyward.log"),
    keyward(
      "no-usage",
      { ...serverEnv, PORT: String(ports.off), KEYWARD_USAGE_COUNTING: "false" },
      "keyward-no-usage.log",
    ),
    floor("floor", "bench/floor-server.ts", floorPort),
    floor("cached", "bench/cached-floor-server.ts", cachedFloorPort),
  ]);
  if (!on || !off || !db || !cached) throw new Error("four servers");
  // The memory printed is the counting server's, as before the pair shared this code.
  return { on, off: { ...off, idleRssMb: undefined, peakRssMb: undefined }, db, cached };
}

// Keyward and the cached-path floor again, loaded by the closed-loop generator: it spends a
// fraction of autocannon's CPU per request, so each server can use a whole core and their
// ratio is the servers' own (under autocannon the floor waited for the generator).
async function measureLight(tokens: Tokens) {
  console.log(
    `B1: Keyward (port ${keywardPort}) and the cached-path floor (port ${cachedFloorPort}) under the closed-loop generator, in ${ROUNDS} alternating rounds…`,
  );
  const [keywardLight, cachedLight] = await sideBySide(
    tokens,
    [
      keyward("keyward", serverEnv, "keyward-light.log"),
      floor("cached", "bench/cached-floor-server.ts", cachedFloorPort),
    ],
    lightGenerator,
  );
  if (!keywardLight || !cachedLight) throw new Error("two servers");
  return { keyward: keywardLight, cached: cachedLight };
}

// Keyward with one process and with one per core (KEYWARD_PROCESSES), usage counting on.
async function measureProcessCount(tokens: Tokens) {
  const ports = { one: keywardPort + 4, many: keywardPort + 5 };
  console.log(
    `B1: starting Keyward with 1 process (port ${ports.one}) and ${cores} (port ${ports.many}), one per core…`,
  );
  const [one, many] = await sideBySide(tokens, [
    keyward("1 proc", { ...serverEnv, PORT: String(ports.one) }, "keyward-1-process.log"),
    keyward(
      `${cores} procs`,
      { ...serverEnv, PORT: String(ports.many), KEYWARD_PROCESSES: String(cores) },
      `keyward-${cores}-processes.log`,
    ),
  ]);
  if (!one || !many) throw new Error("two servers");
  return { one, many };
}

// Ratios of two servers' req/s round by round (the same minutes), sorted: their median is
// what a ratio of this sitting is, their spread how much one slice can be trusted.
function roundRatios(numerator: Figures[], denominator: Figures[]): number[] {
  return numerator
    .map((figures, index) => figures.rps / (denominator[index]?.rps ?? Number.NaN))
    .sort((a, b) => a - b);
}

const ticksPerSecond = clockTicksPerSecond();

// Where the cores went during a server's turns: its own CPU per request (every process of
// its group), the load generator's, and the rest of the machine's.
function printCpu(name: string, window: CpuWindow): void {
  const shares = cpuShares(window, ticksPerSecond);
  console.log(
    `B1 cpu     ${name.padEnd(8)} server ${shares.serverUsPerRequest.toFixed(1)} µs/request (${shares.serverCores.toFixed(2)} cores), load generator ${shares.generatorUsPerRequest.toFixed(1)} µs/request (${shares.generatorCores.toFixed(2)} cores), rest of the machine ${shares.restCores.toFixed(2)} cores, steal ${shares.stealCores.toFixed(2)}`,
  );
}

// The server's CPU per request with n processes ÷ with one: near 1, n cores fed from
// elsewhere serve about n times one core's requests.
function cpuRatio(one: CpuWindow, many: CpuWindow): number {
  return (
    cpuShares(many, ticksPerSecond).serverUsPerRequest / cpuShares(one, ticksPerSecond).serverUsPerRequest
  );
}

// Capacity without sharing a core with the load generator: the generator (this process) on
// one core, the servers confined to another: 1 process against `cores` processes there, and
// the cached-path floor. It cannot show what a second core adds (there is none left); on a
// machine nobody else uses, it shows what one core serves, what several processes cost at
// equal CPU, and Keyward's ratio to the floor with neither competing with the generator.
async function measurePinned(tokens: Tokens) {
  const allowed = allowedCpuList();
  const [generatorCore, serverCore] = parseCpuList(allowed);
  if (serverCore === undefined || generatorCore === undefined || !tasksetAvailable()) {
    console.log("B1 pinned  skipped: needs two cores and taskset");
    return undefined;
  }
  const ports = { one: keywardPort + 6, many: keywardPort + 7 };
  console.log(
    `B1: load generator on core ${generatorCore}; Keyward with 1 process (port ${ports.one}) and ${cores} (port ${ports.many}) and the cached-path floor (port ${cachedFloorPort}), all on core ${serverCore}…`,
  );
  pinProcess(process.pid, String(generatorCore));
  try {
    const [one, many, cached] = await sideBySide(tokens, [
      keyward("1 pinned", { ...serverEnv, PORT: String(ports.one) }, "keyward-1-pinned.log", serverCore),
      keyward(
        `${cores} pinned`,
        { ...serverEnv, PORT: String(ports.many), KEYWARD_PROCESSES: String(cores) },
        `keyward-${cores}-pinned.log`,
        serverCore,
      ),
      floor("cached pinned", "bench/cached-floor-server.ts", cachedFloorPort, serverCore),
    ]);
    if (!one || !many || !cached) throw new Error("three servers");
    return { generatorCore, serverCore, one, many, cached };
  } finally {
    pinProcess(process.pid, allowed);
  }
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });
  console.log("B1: seeding 100,000 tokens…");
  const tokens = await seedBenchDatabase(dbFile, HASH_KEY);

  const usage = await measureUsageAndFloors(tokens);
  const keywardFigures = usage.on;
  const uncountedFigures = usage.off;
  const floorFigures = usage.db;
  const cachedFloorFigures = usage.cached;
  printFigures("keyward", keywardFigures);
  printFigures("no-usage", uncountedFigures);
  printFigures("floor", floorFigures);
  printFigures("cached", cachedFloorFigures);
  printCpu("keyward", keywardFigures.cpu);
  printCpu("no-usage", uncountedFigures.cpu);
  printCpu("floor", floorFigures.cpu);
  printCpu("cached", cachedFloorFigures.cpu);

  const ratio = keywardFigures.rps / floorFigures.rps;
  const ratioWithoutUsage = uncountedFigures.rps / floorFigures.rps;
  const cachedRatio = keywardFigures.rps / cachedFloorFigures.rps;
  const cachedRoundRatios = roundRatios(keywardFigures.rounds, cachedFloorFigures.rounds);
  const spread = (ratios: number[]) => ratios.map((r) => r.toFixed(2)).join(", ");
  console.log(
    `B1 ratio   ${ratio.toFixed(2)} with usage counting, ${ratioWithoutUsage.toFixed(2)} without (Keyward req/s ÷ floor req/s; target ≥ 0.80, Keyward p99 < 10 ms)`,
  );
  console.log(
    `B1 ratio   ${cachedRatio.toFixed(2)} to the cached-path floor (Keyward with counting ÷ cached floor req/s; issue 14 target ≥ 0.80); round by round ${spread(cachedRoundRatios)}`,
  );
  console.log(
    `B1 usage   counting on ÷ off: ${(keywardFigures.rps / uncountedFigures.rps).toFixed(2)} (${ROUNDS} alternating rounds each)`,
  );

  const light = await measureLight(tokens);
  printFigures("keyward light", { ...light.keyward, idleRssMb: undefined });
  printFigures("cached light", light.cached);
  printCpu("keyward light", light.keyward.cpu);
  printCpu("cached light", light.cached.cpu);
  const lightCpuRatio = cpuRatio(light.cached.cpu, light.keyward.cpu);
  console.log(
    `B1 light   ${(light.keyward.rps / light.cached.rps).toFixed(2)} to the cached-path floor under the closed-loop generator (req/s; issue 14 target ≥ 0.80); round by round ${spread(roundRatios(light.keyward.rounds, light.cached.rounds))}; server CPU per request ${lightCpuRatio.toFixed(2)}×`,
  );

  const processCount = await measureProcessCount(tokens);
  printFigures("1 proc", processCount.one);
  printFigures(`${cores} procs`, processCount.many);
  console.log(
    `B4 ${`${cores} procs`.padEnd(8)} whole group (primary and workers): ${processCount.many.idleGroupMb} MB idle after start, ${processCount.many.peakGroupMb} MB peak under load`,
  );
  console.log(
    `B1 procs   ${cores} processes ÷ 1: ${(processCount.many.rps / processCount.one.rps).toFixed(2)} (${ROUNDS} alternating rounds each; the load generator shares the machine's cores)`,
  );
  printCpu("1 proc", processCount.one.cpu);
  printCpu(`${cores} procs`, processCount.many.cpu);
  const manyCpuRatio = cpuRatio(processCount.one.cpu, processCount.many.cpu);
  console.log(
    `B1 cpu     ${cores} processes ÷ 1, server CPU per request: ${manyCpuRatio.toFixed(2)} (with the load from other machines and nothing else limiting, ${cores} cores would serve ≈ ${(cores / manyCpuRatio).toFixed(2)}× one)`,
  );

  const pinned = await measurePinned(tokens);
  if (pinned) {
    printFigures("1 pinned", pinned.one);
    printFigures(`${cores} pinned`, pinned.many);
    printCpu("1 pinned", pinned.one.cpu);
    printCpu(`${cores} pinned`, pinned.many.cpu);
    printFigures("cached pinned", pinned.cached);
    printCpu("cached pinned", pinned.cached.cpu);
    console.log(
      `B1 pinned  ${cores} processes ÷ 1 on core ${pinned.serverCore}, load generator on core ${pinned.generatorCore}: ${(pinned.many.rps / pinned.one.rps).toFixed(2)} req/s, ${cpuRatio(pinned.one.cpu, pinned.many.cpu).toFixed(2)} server CPU per request`,
    );
    console.log(
      `B1 pinned  1 process ÷ cached-path floor on core ${pinned.serverCore}: ${(pinned.one.rps / pinned.cached.rps).toFixed(2)} req/s; round by round ${spread(roundRatios(pinned.one.rounds, pinned.cached.rounds))}`,
    );
  }
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
    processes: {
      count: cores,
      one: processCount.one,
      many: processCount.many,
      cpu: {
        one: cpuShares(processCount.one.cpu, ticksPerSecond),
        many: cpuShares(processCount.many.cpu, ticksPerSecond),
      },
      pinned: pinned && {
        ...pinned,
        cpu: {
          one: cpuShares(pinned.one.cpu, ticksPerSecond),
          many: cpuShares(pinned.many.cpu, ticksPerSecond),
          cached: cpuShares(pinned.cached.cpu, ticksPerSecond),
        },
      },
    },
    ratio,
    ratioWithoutUsage,
    cachedRatio,
    cachedRoundRatios,
    light: {
      keyward: light.keyward,
      cached: light.cached,
      ratio: light.keyward.rps / light.cached.rps,
      roundRatios: roundRatios(light.keyward.rounds, light.cached.rounds),
      cpu: {
        keyward: cpuShares(light.keyward.cpu, ticksPerSecond),
        cached: cpuShares(light.cached.cpu, ticksPerSecond),
      },
    },
    cpu: {
      keyward: cpuShares(keywardFigures.cpu, ticksPerSecond),
      keywardWithoutUsage: cpuShares(uncountedFigures.cpu, ticksPerSecond),
      floor: cpuShares(floorFigures.cpu, ticksPerSecond),
      cachedFloor: cpuShares(cachedFloorFigures.cpu, ticksPerSecond),
    },
  };
  const file = path.join(resultsDir, `b1-${report.at.replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
  console.log(`B1: results written to ${path.relative(root, file)}`);
  const all = [keywardFigures, uncountedFigures, processCount.one, processCount.many, floorFigures];
  if (pinned) all.push(pinned.one, pinned.many, pinned.cached);
  if ([...all, cachedFloorFigures, light.keyward, light.cached].some((f) => f.errors > 0))
    process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error("B1 failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
