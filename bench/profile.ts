// npm run bench:profile: where the cached verification path spends its time (issue 14.1).
// Seeds B1's database, starts the production server under `node --cpu-prof`, loads
// GET /api/v1/auth/check as B1 does (pool tokens, cached after their first sighting), stops
// the server so it writes its profile, and prints the functions with the most self time and
// the share of each area (Node's HTTP stack, Next, Keyward's own code, …). The profile is
// kept under bench/.data/profile/ for Chrome DevTools or speedscope.
//   KEYWARD_BENCH_PORT (3210), BENCH_DURATION (10), BENCH_CONNECTIONS (64)
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { seedBenchDatabase } from "./seed";
import { BENCH_HASH_KEY, verificationBenchEnv } from "./support/verification-bench-env";
import { root, startInGroup, stop, waitFor } from "./support/servers";
import { summariseProfile, type CpuProfile } from "./support/cpu-profile";

const dataDir = path.join(root, "bench", ".data");
const profileDir = path.join(dataDir, "profile");
const dbFile = path.join(dataDir, "b1.db");
const port = Number(process.env.KEYWARD_BENCH_PORT ?? 3210);
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);

async function main() {
  mkdirSync(dataDir, { recursive: true });
  rmSync(profileDir, { recursive: true, force: true });
  console.log("profile: seeding 100,000 tokens…");
  const tokens = await seedBenchDatabase(dbFile, BENCH_HASH_KEY);
  const env = verificationBenchEnv({ port, databaseFile: dbFile, dataDir });
  const server = startInGroup(
    process.execPath,
    [
      "--cpu-prof",
      `--cpu-prof-dir=${profileDir}`,
      "--import",
      "./scripts/hooks/register.mjs",
      "--import",
      "tsx",
      "scripts/start.ts",
    ],
    env,
    path.join(dataDir, "profile.log"),
  );
  const url = `http://127.0.0.1:${port}/api/v1/auth/check`;
  try {
    await waitFor(url, 401, 20 * 60_000, server);
    const load = (seconds: number) =>
      autocannon({
        url,
        connections,
        duration: seconds,
        requests: [
          {
            setupRequest: (request) => ({
              ...request,
              headers: {
                ...request.headers,
                authorization: `Bearer ${tokens.pool[Math.floor(Math.random() * tokens.pool.length)]}`,
              },
            }),
          },
        ],
      });
    await load(3);
    const result = await load(duration);
    console.log(`profile: ${Math.round(result.requests.average)} req/s under the profiler`);
  } finally {
    await stop(server);
  }
  const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error("the server wrote no profile (did it stop gracefully?)");
  const profile = JSON.parse(readFileSync(path.join(profileDir, file), "utf8")) as CpuProfile;
  const summary = summariseProfile(profile, root, duration);
  console.log(`\nshare of busy samples by area (self time, last ${duration} s):`);
  for (const area of summary.areas) console.log(`  ${area.share.toFixed(1).padStart(5)} %  ${area.name}`);
  console.log("\nfunctions with the most self time:");
  for (const fn of summary.functions.slice(0, 30))
    console.log(`  ${fn.share.toFixed(1).padStart(5)} %  ${fn.name}  ${fn.location}`);
  console.log(`\nprofile: ${path.relative(root, path.join(profileDir, file))}`);
}

main().catch((error: unknown) => {
  console.error("profile failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
