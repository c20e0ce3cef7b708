// npm run bench:start-memory: B4 (resident memory under B1's load) of one Keyward process
// started as `npm start` starts it (scripts/start.ts compiled into plain JavaScript) and as
// it started before, through tsx (what `npm run dev` still does, here in production mode
// with the same V8 flags). Both serve the same build and the same file of 100,000 tokens,
// side by side: B1's load goes to each in turn, in alternating order, ROUNDS times, and the
// memory of both is sampled every second. Peak is the sampled maximum, as B4's; the
// kernel's own high-water mark (VmHWM) is printed beside it.
//   KEYWARD_BENCH_PORT (3300; the tsx start takes the next port), BENCH_ROUNDS (4),
//   BENCH_CONNECTIONS (64), BENCH_FIRST (compiled; or tsx)
import { type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { b1Load } from "./support/b1-load";
import { seedBenchDatabase } from "./seed";
import { BENCH_HASH_KEY, verificationBenchEnv } from "./support/verification-bench-env";
import { root, startInGroup, stop, waitFor } from "./support/servers";
import { startArguments, startV8Flags } from "./support/start-flags";

const dataDir = path.join(root, "bench", ".data", "start-memory");
const dbFile = path.join(dataDir, "keyward.db");
const port = Number(process.env.KEYWARD_BENCH_PORT ?? 3300);
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const SLICE_SECONDS = 5;

// The tsx start with production's V8 flags.
const TSX_START = [
  ...startV8Flags(),
  "--import",
  "./scripts/hooks/register.mjs",
  "--import",
  "tsx",
  "--import",
  "./scripts/hooks/source-maps-off.mjs",
  "scripts/start.ts",
];

type Contender = { name: string; args: string[]; port: number };
type Seen = { idleMb: number; peakMb: number; requests: number; seconds: number };

function statusMb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+)`, "m"));
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}

function load(url: string, tokens: { pool: string[]; unknown: string[] }, seconds: number) {
  return b1Load({ url, tokens, connections, seconds, unknownShare: 0.1 });
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  console.log("start-memory: seeding 100,000 tokens…");
  const tokens = await seedBenchDatabase(dbFile, BENCH_HASH_KEY);
  const contenders: Contender[] = [
    { name: "compiled", args: startArguments(), port },
    { name: "tsx", args: TSX_START, port: port + 1 },
  ];
  // Which starts (and is loaded) first: BENCH_FIRST=tsx swaps them.
  if (process.env.BENCH_FIRST === "tsx") contenders.reverse();
  const url = (contender: Contender) => `http://127.0.0.1:${contender.port}/api/v1/auth/check`;
  const servers: ChildProcess[] = [];
  try {
    for (const contender of contenders) {
      const env = verificationBenchEnv({ port: contender.port, databaseFile: dbFile, dataDir });
      const server = startInGroup(
        process.execPath,
        contender.args,
        env,
        path.join(dataDir, `${contender.name}.log`),
      );
      servers.push(server);
      await waitFor(url(contender), 401, 20 * 60_000, server);
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const pids = servers.map((server) => server.pid ?? 0);
    const seen: Seen[] = pids.map((pid) => {
      const idleMb = statusMb(pid, "VmRSS");
      return { idleMb, peakMb: idleMb, requests: 0, seconds: 0 };
    });
    const sampler = setInterval(() => {
      pids.forEach((pid, index) => {
        const figures = seen[index];
        if (figures) figures.peakMb = Math.max(figures.peakMb, statusMb(pid, "VmRSS"));
      });
    }, 1_000);
    for (const contender of contenders) await load(url(contender), tokens, 3); // warm-up
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [0, 1] : [1, 0];
      for (const which of order) {
        const contender = contenders[which];
        const figures = seen[which];
        if (!contender || !figures) continue;
        const result = await load(url(contender), tokens, SLICE_SECONDS);
        figures.requests += result.requests.total;
        figures.seconds += SLICE_SECONDS;
      }
    }
    clearInterval(sampler);
    contenders.forEach((contender, index) => {
      const figures = seen[index];
      const pid = pids[index] ?? 0;
      if (!figures) return;
      console.log(
        `B4 ${contender.name.padEnd(8)} ${figures.idleMb} MB idle after start, ${figures.peakMb} MB peak under load (VmHWM ${statusMb(pid, "VmHWM")} MB); B1 ${Math.round(figures.requests / figures.seconds)} req/s`,
      );
    });
  } finally {
    for (const server of servers) await stop(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
