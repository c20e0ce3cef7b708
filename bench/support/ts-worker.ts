import { Worker } from "node:worker_threads";

// A worker thread running a TypeScript module of the bench: a worker does not inherit the
// main thread's TypeScript loader (tsx), so it registers it, then loads the module.
export function tsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const starter = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((tsx) => tsx.tsImport(${JSON.stringify(
    moduleUrl.href,
  )}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(starter, { eval: true, workerData });
}

// Runs the generator module in its own thread and resolves with the one result it posts,
// with generatorCpuPercent: this process's CPU time over the run (the generator's thread;
// the main thread waits) as a share of one core.
export function runGenerator<Result>(
  moduleUrl: URL,
  workerData: unknown,
): Promise<Result & { generatorCpuPercent: number }> {
  return new Promise((resolve, reject) => {
    const started = { at: performance.now(), cpu: process.cpuUsage() };
    const worker = tsWorker(moduleUrl, workerData);
    worker.once("message", (result: Result) => {
      const cpu = process.cpuUsage(started.cpu);
      const wallUs = (performance.now() - started.at) * 1_000;
      resolve({ ...result, generatorCpuPercent: Math.round((100 * (cpu.user + cpu.system)) / wallUs) });
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the load generator exited with ${code}`)));
  });
}
