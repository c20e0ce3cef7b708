// npm run bench:cluster: whether a second process costs CPU per request because it is a
// second process on shared cores, or because it is a cluster worker. On B1's data (100,000
// tokens, 10 % unknown ones), three arrangements take turns under the same load in
// alternating rounds: one process; two independent single-process servers on the same file,
// the load split between them; and one server with two cluster workers (KEYWARD_PROCESSES=2).
// Prints, for each, req/s and the CPU per request of its whole process groups (/proc),
// the load generator's, and the machine's busy cores.
//   KEYWARD_BENCH_PORT (3210; the servers take it and the next two), BENCH_ROUNDS (4),
//   BENCH_SLICE (4 s), BENCH_CONNECTIONS (64), BENCH_UNKNOWN_SHARE (0.1)
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import type { AutocannonResult } from "autocannon";
import { b1Load } from "./support/b1-load";
import { seedBenchDatabase, type BenchData } from "./seed";
import {
  addSlice,
  clockTicksPerSecond,
  cpuShares,
  emptyWindow,
  sampleCpu,
  type CpuWindow,
} from "./support/process-cpu";
import { root, startInGroup, stop, waitFor } from "./support/servers";
import { BENCH_HASH_KEY, verificationBenchEnv } from "./support/verification-bench-env";

const dataDir = path.join(root, "bench", ".data");
const dbFile = path.join(dataDir, "cluster-cost.db");
const basePort = Number(process.env.KEYWARD_BENCH_PORT ?? 3210);
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const slice = Number(process.env.BENCH_SLICE ?? 4);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 64);
const unknownShare = Number(process.env.BENCH_UNKNOWN_SHARE ?? 0.1);

const url = (port: number) => `http://127.0.0.1:${port}/api/v1/auth/check`;

function load(port: number, tokens: BenchData, seconds: number, share: number): Promise<AutocannonResult> {
  return b1Load({
    url: url(port),
    tokens,
    connections: Math.round(connections * share),
    seconds,
    unknownShare,
  });
}

// Starts the three servers and loads each arrangement in alternating rounds; returns the
// CPU each arrangement's process groups spent over its turns.
async function measureArrangements(tokens: BenchData): Promise<{ name: string; cpu: CpuWindow }[]> {
  // One after the other: the first start builds when the sources changed, and two starts
  // building at once trip over Next's build lock.
  const servers: { port: number; child: ChildProcess }[] = [];
  const started = async (port: number, processes: string) => {
    const child = startInGroup(
      "npm",
      ["start"],
      { ...verificationBenchEnv({ port, databaseFile: dbFile, dataDir }), KEYWARD_PROCESSES: processes },
      path.join(dataDir, `cluster-cost-${port}.log`),
    );
    servers.push({ port, child });
    await waitFor(url(port), 401, 20 * 60_000, child);
    return { port, child };
  };
  try {
    const single = await started(basePort, "1");
    const second = await started(basePort + 1, "1");
    const cluster = await started(basePort + 2, "2");
    const arrangements = [
      { name: "one process", servers: [single] },
      { name: "two independent processes", servers: [single, second] },
      { name: "two cluster workers", servers: [cluster] },
    ].map((arrangement) => ({ ...arrangement, cpu: emptyWindow }));
    for (const server of servers) await load(server.port, tokens, 3, 1); // warm-up: JIT, caches
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? arrangements : [...arrangements].reverse();
      for (const arrangement of order) {
        const groups = arrangement.servers.map((server) => server.child.pid ?? 0);
        const share = 1 / arrangement.servers.length;
        const before = sampleCpu(groups);
        const results = await Promise.all(
          arrangement.servers.map((server) => load(server.port, tokens, slice, share)),
        );
        const requests = results.reduce((sum, result) => sum + result.requests.total, 0);
        arrangement.cpu = addSlice(arrangement.cpu, before, sampleCpu(groups), requests);
      }
    }
    return arrangements;
  } finally {
    for (const server of servers) await stop(server.child);
  }
}

async function main() {
  console.log("cluster cost: seeding 100,000 tokens…");
  const tokens = await seedBenchDatabase(dbFile, BENCH_HASH_KEY);
  const measured = await measureArrangements(tokens);
  const ticksPerSecond = clockTicksPerSecond();
  const [one] = measured;
  const baseline = one ? cpuShares(one.cpu, ticksPerSecond).serverUsPerRequest : 0;
  for (const { name, cpu } of measured) {
    const shares = cpuShares(cpu, ticksPerSecond);
    const rps = cpu.requests / (cpu.wallMs / 1_000);
    console.log(
      `cluster cost  ${name.padEnd(26)} ${rps.toFixed(0).padStart(6)} req/s  server ${shares.serverUsPerRequest.toFixed(1)} µs/request (÷ one process: ${(shares.serverUsPerRequest / baseline).toFixed(2)})  load generator ${shares.generatorUsPerRequest.toFixed(1)} µs/request  machine ${(shares.serverCores + shares.generatorCores + shares.restCores).toFixed(2)} cores busy`,
    );
  }
}

main().catch((error: unknown) => {
  console.error("cluster cost failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
