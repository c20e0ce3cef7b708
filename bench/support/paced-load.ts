// An open-loop load generator that paces requests evenly at a fixed rate and counts each
// latency from the request's due time (bench/support/paced/run.ts), in a worker thread of its
// own with a bare-socket HTTP/1.1 client (paced/worker.ts). Besides the latency and the
// service time it reports how late each request was written, so a reader can tell the
// generator's lateness from the server's.
import type { PacedResult } from "./paced/run";
import type { WorkerOptions } from "./paced/worker";
import { runGenerator } from "./ts-worker";

export type { PacedResult } from "./paced/run";
export type PacedOptions = WorkerOptions;

export function pacedLoad(options: PacedOptions): Promise<PacedResult & { generatorCpuPercent: number }> {
  return runGenerator<PacedResult>(new URL("./paced/worker.ts", import.meta.url), options);
}
