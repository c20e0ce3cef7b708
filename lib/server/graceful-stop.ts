import type { Server } from "node:http";

export type GracefulStopOptions = {
  // How long requests under way may take before their connections are cut.
  graceMs: number;
  // What must happen after the last request and before the process exits (write pending
  // last-used times, close stores).
  finish: () => Promise<void>;
};

// Idle keep-alive connections are closed as soon as they are idle, so a client that keeps
// its connection open cannot hold the stop for the whole grace period.
const IDLE_SWEEP_MS = 100;

// Stops taking connections, lets every request under way finish (up to graceMs, then cuts
// what is left), then runs finish. Resolves with how the drain ended.
export async function gracefulStop(server: Server, options: GracefulStopOptions): Promise<"drained" | "cut"> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<"cut">((resolve) => {
    timer = setTimeout(() => resolve("cut"), options.graceMs);
  });
  const outcome = await Promise.race([closed.then(() => "drained" as const), graceOver]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (outcome === "cut") server.closeAllConnections();
  await options.finish();
  return outcome;
}
