// The bench's side of bench/support/runtime-probe.mjs: loads it into a server, and reads
// what the server's process did during a measured window.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

export type ProbeWindow = {
  wallMs: number;
  cpuMs: number;
  // long: the pauses over the stall threshold, with when (s since start) and V8's kind.
  gc: { count: number; totalMs: number; maxMs: number; long?: { atS: number; ms: number; kind: string }[] };
  // The event loop's longest blocks, with when they began (seconds since the process started).
  stalls: { atS: number; ms: number }[];
  eventLoopDelayMs: { p50: number; p99: number; max: number };
};

const PROBE = path.join(import.meta.dirname, "runtime-probe.mjs");

// Environment for a server to be probed; every node process it starts loads the probe,
// which stays inert except in the server itself.
export function probeEnv(file: string): Record<string, string> {
  rmSync(file, { force: true });
  return {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${PROBE}`.trim(),
    BENCH_PROBE_FILE: file,
  };
}

function lines(file: string): Record<string, unknown>[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function serverPid(file: string): number {
  const pid = lines(file)[0]?.pid;
  if (typeof pid !== "number") throw new Error(`no probed server wrote to ${file}`);
  return pid;
}

// Starts a window in the probed server.
export function startWindow(file: string): void {
  process.kill(serverPid(file), "SIGUSR2");
}

// Ends the window and returns what the probe measured over it.
export async function endWindow(file: string): Promise<ProbeWindow> {
  const before = lines(file).length;
  process.kill(serverPid(file), "SIGUSR2");
  for (let i = 0; i < 100; i++) {
    const all = lines(file);
    if (all.length > before) return all[all.length - 1] as ProbeWindow;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the probed server did not report its window");
}
