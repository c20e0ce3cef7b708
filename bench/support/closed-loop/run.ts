// The bookkeeping of a closed-loop run, B1's kind of load: each connection sends its next
// request as soon as its last one is answered, until the run's end; apart from clocks and
// sockets so a test can drive it with a simulated server.
import type { Connection } from "../paced/run";
import { percentiles, type Percentiles } from "../paced/percentiles";

export type ClosedLoopResult = {
  // Responses read, and over how long: from the start to the last response.
  requests: number;
  seconds: number;
  rps: number;
  statuses: Record<string, number>;
  // Requests whose connection closed before their answer, or still unanswered when the
  // run gave up on them.
  errors: number;
  // From when each request was written to the end of its response.
  latencyMs: Percentiles;
};

export class ClosedLoopRun {
  private readonly sentAt: number[] = [];
  private readonly latencies: number[] = [];
  private readonly statuses: Record<string, number> = {};
  private errors = 0;
  private inFlight = 0;
  private lastDoneAt: number;

  // No request is sent at or after endsAt.
  constructor(private readonly plan: { start: number; endsAt: number }) {
    this.lastDoneAt = plan.start;
  }

  // A connection is free: new, reopened, or its last response was read.
  ready(connection: Connection, now: number): void {
    if (now >= this.plan.endsAt) return;
    const index = this.sentAt.length;
    this.sentAt.push(now);
    this.inFlight++;
    connection.send(index);
  }

  complete(index: number, now: number, status: number): void {
    this.latencies.push(now - (this.sentAt[index] ?? now));
    const key = String(status);
    this.statuses[key] = (this.statuses[key] ?? 0) + 1;
    this.settle(now);
  }

  // The request's connection closed before its answer.
  lost(now: number): void {
    this.errors++;
    this.settle(now);
  }

  // Past the end with every request answered or lost.
  done(now: number): boolean {
    return now >= this.plan.endsAt && this.inFlight === 0;
  }

  result(): ClosedLoopResult {
    const seconds = Math.max(1e-3, (this.lastDoneAt - this.plan.start) / 1_000);
    return {
      requests: this.latencies.length,
      seconds,
      rps: this.latencies.length / seconds,
      statuses: this.statuses,
      errors: this.errors + this.inFlight,
      latencyMs: percentiles(Float64Array.from(this.latencies)),
    };
  }

  private settle(now: number): void {
    this.inFlight--;
    this.lastDoneAt = Math.max(this.lastDoneAt, now);
  }
}
