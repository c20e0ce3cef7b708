// Loaded into a measured server by `npm run bench:paced` (NODE_OPTIONS=--import …), never by
// the product: what the server's process did between two SIGUSR2 signals — CPU time, garbage
// collection pauses, event-loop delay and its longest stalls — appended as one JSON line to BENCH_PROBE_FILE. The
// first signal starts a window, each later one ends it and starts the next. Inert in any
// other process the command starts (npm, a build): only a server script is probed.
import { appendFileSync } from "node:fs";
import { constants, monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

const file = process.env.BENCH_PROBE_FILE;
const script = process.argv[1] ?? "";
if (file && /(scripts\/start\.ts|scripts\/start-compiled\.mjs|floor-server\.ts)$/.test(script)) {
  const round = (ms) => Math.round(ms * 100) / 100;
  const delay = monitorEventLoopDelay({ resolution: 1 });
  // Stalls: a 5 ms interval that fired more than STALL_MS late (BENCH_STALL_MS, default 50),
  // with when (seconds since the process started), to tell periodic work (flushes, reloads)
  // from GC or the machine.
  const STALL_MS = Number(process.env.BENCH_STALL_MS ?? 50);
  let gc = { count: 0, totalMs: 0, maxMs: 0, long: [] };
  // V8's kinds of collection, by perf_hooks' own constants (major is 4, not 2).
  const GC_KINDS = {
    [constants.NODE_PERFORMANCE_GC_MINOR]: "minor",
    [constants.NODE_PERFORMANCE_GC_MAJOR]: "major",
    [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
    [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak callbacks",
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.count++;
      gc.totalMs += entry.duration;
      gc.maxMs = Math.max(gc.maxMs, entry.duration);
      // Pauses long enough to count as stalls, with when and which kind, to tell them apart.
      if (entry.duration > STALL_MS)
        gc.long.push({
          atS: round((entry.startTime + entry.duration) / 1_000),
          ms: round(entry.duration),
          kind: GC_KINDS[entry.detail?.kind] ?? String(entry.detail?.kind),
        });
    }
  }).observe({ entryTypes: ["gc"] });
  appendFileSync(file, `${JSON.stringify({ pid: process.pid })}\n`);
  let stalls = [];
  let tick = performance.now();
  setInterval(() => {
    const now = performance.now();
    if (now - tick - 5 > STALL_MS) stalls.push({ atS: round(now / 1_000), ms: round(now - tick - 5) });
    tick = now;
  }, 5).unref();
  let from = null;
  process.on("SIGUSR2", () => {
    const now = { at: performance.now(), cpu: process.cpuUsage() };
    if (from) {
      const cpu = process.cpuUsage(from.cpu);
      const line = {
        pid: process.pid,
        wallMs: round(now.at - from.at),
        cpuMs: round((cpu.user + cpu.system) / 1_000),
        gc: { count: gc.count, totalMs: round(gc.totalMs), maxMs: round(gc.maxMs), long: gc.long },
        stalls,
        eventLoopDelayMs: {
          p50: round(delay.percentile(50) / 1e6),
          p99: round(delay.percentile(99) / 1e6),
          max: round(delay.max / 1e6),
        },
      };
      appendFileSync(file, `${JSON.stringify(line)}\n`);
    }
    gc = { count: 0, totalMs: 0, maxMs: 0, long: [] };
    stalls = [];
    delay.reset();
    delay.enable();
    from = now;
  });
}
