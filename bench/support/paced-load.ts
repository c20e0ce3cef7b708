// An open-loop load generator that paces requests evenly: request i is due at
// start + i / rate, whatever happened to the ones before, and its latency is counted from
// that due time, not from when a free connection let it go. A server that stalls is then
// charged for every request it delayed (no coordinated omission), and the generator never
// sends in bursts that would measure its own pacing (autocannon's rate mode sends a second's
// worth at once). Pacing granularity is the event loop's timer, about 1 ms: at 5,000 req/s a
// handful of requests share each millisecond.
import { Agent, request } from "node:http";

export type PacedOptions = {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  headers: () => Record<string, string>;
};

export type Percentiles = { p50: number; p90: number; p99: number; p999: number; max: number };

export type PacedResult = {
  rate: number;
  achievedRate: number;
  sent: number;
  statuses: Record<string, number>;
  errors: number;
  // From each request's due time to the end of its response (what a caller waits).
  latencyMs: Percentiles;
  // From when the request was actually written to the end of its response.
  serviceMs: Percentiles;
};

function percentiles(values: Float64Array): Percentiles {
  const sorted = values.slice().sort();
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    p999: round(at(0.999)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

export async function pacedLoad(options: PacedOptions): Promise<PacedResult> {
  const total = Math.round(options.rate * options.seconds);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const target = new URL(options.url);
  const latency = new Float64Array(total);
  const service = new Float64Array(total);
  const statuses: Record<string, number> = {};
  let errors = 0;
  let done = 0;
  let sent = 0;
  const intervalMs = 1_000 / options.rate;
  const start = performance.now() + 20;

  const finished = new Promise<void>((resolve) => {
    const complete = () => {
      if (++done === total) resolve();
    };
    const issue = (index: number, dueAt: number) => {
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          headers: options.headers(),
          timeout: 10_000,
        },
        (res) => {
          res.resume();
          res.on("end", () => {
            const now = performance.now();
            latency[index] = now - dueAt;
            service[index] = now - writtenAt;
            const code = String(res.statusCode);
            statuses[code] = (statuses[code] ?? 0) + 1;
            complete();
          });
        },
      );
      let writtenAt = performance.now();
      req.on("socket", () => (writtenAt = performance.now()));
      req.on("error", () => {
        errors++;
        latency[index] = performance.now() - dueAt;
        service[index] = latency[index] ?? 0;
        complete();
      });
      req.end();
    };
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor((now - start) / intervalMs) + 1);
      while (sent < due) {
        issue(sent, start + sent * intervalMs);
        sent++;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * intervalMs - performance.now()));
    };
    setTimeout(tick, 20);
  });
  await finished;
  const elapsedSeconds = (performance.now() - start) / 1_000;
  agent.destroy();
  return {
    rate: options.rate,
    achievedRate: Math.round(total / elapsedSeconds),
    sent: total,
    statuses,
    errors,
    latencyMs: percentiles(latency),
    serviceMs: percentiles(service),
  };
}
