// An open-loop load generator that paces requests evenly at a fixed rate and counts each
// latency from the request's due time (bench/support/paced/run.ts), in a worker thread of its
// own with a bare-socket HTTP/1.1 client (paced/worker.ts). Besides the latency and the
// service time it reports how late each request was written, so a reader can tell the
// generator's lateness from the server's.
import { Worker } from "node:worker_threads";
import type { PacedResult } from "./paced/run";
import type { WorkerOptions } from "./paced/worker";

export type { PacedResult } from "./paced/run";
export type PacedOptions = WorkerOptions;

// A worker thread does not inherit the main thread's TypeScript loader (tsx): it registers
// it, then loads the generator.
const STARTER = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => tsx.tsImport(${JSON.stringify(
  new URL("./paced/worker.ts", import.meta.url).href,
)}, ${JSON.stringify(import.meta.url)}))`;

// generatorCpuPercent: the CPU time of this process (the generator's thread; the main
// thread waits) over the run, as a share of one core.
export function pacedLoad(options: PacedOptions): Promise<PacedResult & { generatorCpuPercent: number }> {
  return new Promise((resolve, reject) => {
    const started = { at: performance.now(), cpu: process.cpuUsage() };
    const worker = new Worker(STARTER, { eval: true, workerData: options });
    worker.once("message", (result: PacedResult) => {
      const cpu = process.cpuUsage(started.cpu);
      const wallUs = (performance.now() - started.at) * 1_000;
      resolve({ ...result, generatorCpuPercent: Math.round((100 * (cpu.user + cpu.system)) / wallUs) });
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the load generator exited with ${code}`)));
  });
}
