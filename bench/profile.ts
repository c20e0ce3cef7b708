// npm run bench:profile: where the cached verification path spends its time (issue 14.1).
// Seeds B1's database, starts the production server under `node --cpu-prof`, loads
// GET /api/v1/auth/check as B1 does (pool tokens, cached after their first sighting), stops
// the server so it writes its profile, and prints the functions with the most self time and
// the share of each area (Node's HTTP stack, Next, Keyward's own code, …). The profile is
// kept under bench/.data/profile/ for Chrome DevTools or speedscope.
// With BENCH_RATE set, the load is bench:paced's instead (evenly paced at that rate), and the
// areas are also given in microseconds of CPU per request; BENCH_PROFILE_TARGET=cached-floor
// profiles bench/cached-floor-server.ts under the same load, for the comparison.
// BENCH_PROFILE_KIND=allocation profiles the bytes allocated instead of the time (V8's
// sampling heap profiler over the measured load only, freed objects included): what the
// garbage collector has to clear per request, the same on a busy machine as on an idle one.
// BENCH_IDLE_S leaves the server that many seconds without traffic between the warm-up and
// the measured load: what resuming after a quiet spell costs (with BENCH_DURATION=1 or 2).
//   KEYWARD_BENCH_PORT (3210), BENCH_DURATION (10), BENCH_CONNECTIONS (64), BENCH_RATE (unset)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { b1Load } from "./support/b1-load";
import { seedBenchDatabase } from "./seed";
import { BENCH_HASH_KEY, verificationBenchEnv } from "./support/verification-bench-env";
import { root, startInGroup, stop, waitFor } from "./support/servers";
import { startV8Flags } from "./support/start-flags";
import { summariseAllocations, type AllocationNode } from "./support/allocation-profile";
import { summariseProfile, type CpuProfile } from "./support/cpu-profile";
import { pacedLoad } from "./support/paced-load";

const dataDir = path.join(root, "bench", ".data");
const profileDir = path.join(dataDir, "profile");
const dbFile = path.join(dataDir, "b1.db");
const port = Number(process.env.KEYWARD_BENCH_PORT ?? 3210);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const rate = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : null;
const floor = process.env.BENCH_PROFILE_TARGET === "cached-floor";
const allocation = process.env.BENCH_PROFILE_KIND === "allocation";
const allocationFile = path.join(profileDir, "allocations.heapprofile");
const profiling = allocation
  ? ["--import", "./bench/support/allocation-probe.mjs"]
  : ["--cpu-prof", `--cpu-prof-dir=${profileDir}`];
const probeEnv = { BENCH_ALLOCATION_FILE: allocationFile };
const idleMs = Number(process.env.BENCH_IDLE_S ?? 0) * 1_000;
const quietSpell = () => new Promise((resolve) => setTimeout(resolve, idleMs));

async function main() {
  mkdirSync(dataDir, { recursive: true });
  rmSync(profileDir, { recursive: true, force: true });
  mkdirSync(profileDir, { recursive: true });
  console.log("profile: seeding 100,000 tokens…");
  const tokens = await seedBenchDatabase(dbFile, BENCH_HASH_KEY);
  const server = floor
    ? startInGroup(
        process.execPath,
        [...profiling, "--import", "tsx", "bench/cached-floor-server.ts"],
        { ...probeEnv, FLOOR_DB: dbFile, FLOOR_PORT: String(port), KEYWARD_TOKEN_HASH_KEY: BENCH_HASH_KEY },
        path.join(dataDir, "profile.log"),
      )
    : startInGroup(
        process.execPath,
        // Through tsx (the profile then names the sources), with production's V8 flags.
        [
          ...profiling,
          ...startV8Flags(),
          "--import",
          "./scripts/hooks/register.mjs",
          "--import",
          "tsx",
          "scripts/start.ts",
        ],
        { ...verificationBenchEnv({ port, databaseFile: dbFile, dataDir }), ...probeEnv },
        path.join(dataDir, "profile.log"),
      );
  const url = floor ? `http://127.0.0.1:${port}/` : `http://127.0.0.1:${port}/api/v1/auth/check`;
  let requests = 0;
  let loadEndUs = 0;
  try {
    await waitFor(url, 401, 20 * 60_000, server);
    // Pool tokens only: the cached path is what is profiled.
    const load = (seconds: number) => b1Load({ url, tokens, connections, seconds, unknownShare: 0 });
    const signal = () => (allocation ? server.kill("SIGUSR2") : undefined);
    if (rate !== null) {
      const headerSets = tokens.pool.map((token) => ({ authorization: `Bearer ${token}` }));
      await pacedLoad({ url, rate, seconds: 3, connections, headerSets });
      await quietSpell();
      signal();
      const result = await pacedLoad({ url, rate, seconds: duration, connections, headerSets });
      requests = result.sent;
      console.log(
        `profile: ${result.achievedRate} req/s paced under the profiler, latency p50 ${result.latencyMs.p50} / p99 ${result.latencyMs.p99} ms`,
      );
    } else {
      await load(3);
      await quietSpell();
      signal();
      const result = await load(duration);
      requests = allocation ? result.requests.total : 0;
      console.log(`profile: ${Math.round(result.requests.average)} req/s under the profiler`);
    }
    loadEndUs = Number(process.hrtime.bigint() / 1_000n);
    if (allocation) {
      signal();
      await waitForFile(allocationFile);
    }
  } finally {
    await stop(server);
  }
  if (allocation) return printAllocations(requests);
  const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error("the server wrote no profile (did it stop gracefully?)");
  const profile = JSON.parse(readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
  const summary = summariseProfile(profile, root, duration, loadEndUs);
  console.log(
    `profile: the load ended ${((profile.endTime - loadEndUs) / 1_000).toFixed(0)} ms before the profile`,
  );
  console.log(`\nshare of busy samples by area (self time, last ${duration} s):`);
  const perRequest = (share: number) =>
    requests > 0
      ? `  ${((share * summary.busyMs * 10) / requests).toFixed(1).padStart(5)} µs per request`
      : "";
  for (const area of summary.areas)
    console.log(`  ${area.share.toFixed(1).padStart(5)} %${perRequest(area.share)}  ${area.name}`);
  if (requests > 0) console.log(`  busy in all: ${perRequest(100).trim()}`);
  console.log("\nfunctions with the most self time:");
  for (const fn of summary.functions.slice(0, 30))
    console.log(`  ${fn.share.toFixed(1).padStart(5)} %${perRequest(fn.share)}  ${fn.name}  ${fn.location}`);
  console.log(`\nprofile: ${path.relative(root, path.join(profileDir, file))}`);
}

async function waitForFile(file: string): Promise<void> {
  for (let waited = 0; !existsSync(file); waited += 100) {
    if (waited > 30_000) throw new Error("the server wrote no allocation profile");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Written in one call; give it a moment to finish.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

function printAllocations(requests: number): void {
  const { head } = JSON.parse(readFileSync(allocationFile, "utf8")) as { head: AllocationNode };
  const summary = summariseAllocations(head, root);
  const perRequest = (bytes: number) => `${(bytes / requests).toFixed(0).padStart(6)} B per request`;
  console.log(`\nallocated over ${requests} requests: ${perRequest(summary.totalBytes).trim()}, by area:`);
  for (const area of summary.areas) console.log(`  ${perRequest(area.bytes)}  ${area.name}`);
  console.log("\nfunctions that allocate the most:");
  for (const fn of summary.functions.slice(0, 30))
    console.log(`  ${perRequest(fn.bytes)}  ${fn.name}  ${fn.location}`);
  console.log(`\nprofile: ${path.relative(root, allocationFile)}`);
}

main().catch((error: unknown) => {
  console.error("profile failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
