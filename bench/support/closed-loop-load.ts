// A closed-loop load generator lighter than autocannon: the paced generator's bare-socket
// client (paced/connection.ts) in a worker thread, each connection sending its next request
// as soon as its last one is answered (closed-loop/worker.ts). autocannon spends about
// 50 µs of a core per request; at the cached-path floor's rate it used a whole core and
// capped the floor, so a ratio to the floor measured autocannon as much as the servers.
import type { ClosedLoopResult } from "./closed-loop/run";
import type { ClosedLoopOptions } from "./closed-loop/worker";
import { runGenerator } from "./ts-worker";

export type { ClosedLoopResult } from "./closed-loop/run";

export function closedLoopLoad(
  options: ClosedLoopOptions,
): Promise<ClosedLoopResult & { generatorCpuPercent: number }> {
  return runGenerator<ClosedLoopResult>(new URL("./closed-loop/worker.ts", import.meta.url), options);
}
