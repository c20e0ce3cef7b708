// The bookkeeping of an open-loop paced run, apart from clocks and sockets so a test can
// drive it with a simulated server. Request i is due at start + i / rate whatever happened
// to the ones before; a request due while every connection is busy waits in the backlog, and
// its latency is still counted from its due time, so a server that stalls is charged for
// the whole queue it built (no coordinated omission).
import { percentiles, type Percentiles } from "./percentiles";

// One kept-alive connection, carrying one request at a time.
export type Connection = { send: (index: number) => void };

export type RunPlan = { rate: number; total: number; start: number };

export type PacedResult = {
  rate: number;
  achievedRate: number;
  sent: number;
  statuses: Record<string, number>;
  errors: number;
  // From each request's due time to the end of its response (what a caller waits).
  latencyMs: Percentiles;
  // From when the request was written to the end of its response (what the server took).
  serviceMs: Percentiles;
  // From each request's due time to when it was written, for the requests that found a
  // connection free: the generator's own lateness. The others (waitedForConnection) were
  // late because the server still held every connection.
  generatorLateMs: Percentiles;
  waitedForConnection: number;
  // Requests sent again after their connection was lost with them in flight.
  retried: number;
};

export class PacedRun {
  readonly dueAt: Float64Array;
  readonly sentAt: Float64Array;
  readonly doneAt: Float64Array;
  private readonly waitedAt: Uint8Array;
  private readonly retriedAt: Uint8Array;
  // Requests lost with their connection, to be sent again before the backlog.
  private readonly resend: number[] = [];
  private readonly statuses: Record<string, number> = {};
  private readonly idle: Connection[] = [];
  private readonly intervalMs: number;
  // Requests [nextSend, nextDue) are due and unsent: the backlog.
  private nextDue = 0;
  private nextSend = 0;
  private completed = 0;
  private errors = 0;
  private waited = 0;
  private lastDoneAt = 0;

  constructor(private readonly plan: RunPlan) {
    this.dueAt = new Float64Array(plan.total);
    this.sentAt = new Float64Array(plan.total);
    this.doneAt = new Float64Array(plan.total);
    this.waitedAt = new Uint8Array(plan.total);
    this.retriedAt = new Uint8Array(plan.total);
    this.intervalMs = 1_000 / plan.rate;
    for (let i = 0; i < plan.total; i++) this.dueAt[i] = plan.start + i * this.intervalMs;
  }

  // Every request due by `now` joins the backlog, and idle connections take from it.
  tick(now: number): void {
    if (now >= this.plan.start) {
      const due = Math.floor((now - this.plan.start) / this.intervalMs) + 1;
      this.nextDue = Math.min(this.plan.total, Math.max(this.nextDue, due));
    }
    this.pump(now, false);
  }

  // A connection is free: new, or the response to its last request was read.
  ready(connection: Connection, now: number): void {
    // Only when no other connection was free did the backlog wait for this one.
    const noneFree = this.idle.length === 0;
    this.idle.push(connection);
    this.pump(now, noneFree);
  }

  // A connection that failed is no longer free; it is reported ready again once reopened.
  drop(connection: Connection): void {
    const at = this.idle.indexOf(connection);
    if (at !== -1) this.idle.splice(at, 1);
  }

  complete(index: number, now: number, status: number): void {
    this.finish(index, now);
    const key = String(status);
    this.statuses[key] = (this.statuses[key] ?? 0) + 1;
  }

  fail(index: number, now: number): void {
    this.finish(index, now);
    this.errors++;
  }

  // The connection carrying the request closed before its answer: the server may have
  // closed an idle kept-alive connection just as the request was written, a race every
  // HTTP client meets (nginx sends such a request again too). It is sent once more, still
  // timed from its due time; lost a second time, it is an error.
  lost(index: number, now: number): void {
    if (this.doneAt[index] !== 0) return;
    if (this.retriedAt[index]) return this.fail(index, now);
    this.retriedAt[index] = 1;
    this.resend.push(index);
    this.pump(now, false);
  }

  // When the next request falls due (Infinity once all are due).
  nextDueAt(): number {
    return this.nextDue < this.plan.total ? (this.dueAt[this.nextDue] ?? Infinity) : Infinity;
  }

  get inFlight(): number {
    return this.nextSend - this.completed - this.resend.length;
  }

  get allSent(): boolean {
    return this.nextSend === this.plan.total && this.resend.length === 0;
  }

  get done(): boolean {
    return this.completed === this.plan.total;
  }

  // Requests sent and never answered (the run's deadline passed) count as errors.
  abandon(now: number): void {
    for (let i = 0; i < this.plan.total; i++) if (this.doneAt[i] === 0) this.fail(i, now);
  }

  result(): PacedResult {
    const { total, rate, start } = this.plan;
    const latency = new Float64Array(total);
    const service = new Float64Array(total);
    const late: number[] = [];
    let retried = 0;
    for (let i = 0; i < total; i++) {
      const due = this.dueAt[i] ?? 0;
      const sent = this.sentAt[i] || due;
      const done = this.doneAt[i] ?? 0;
      latency[i] = done - due;
      service[i] = done - sent;
      if (!this.waitedAt[i]) late.push(sent - due);
      retried += this.retriedAt[i] ?? 0;
    }
    return {
      rate,
      achievedRate: Math.round((total * 1_000) / Math.max(1, this.lastDoneAt - start)),
      sent: total,
      statuses: this.statuses,
      errors: this.errors,
      latencyMs: percentiles(latency),
      serviceMs: percentiles(service),
      generatorLateMs: percentiles(Float64Array.from(late)),
      waitedForConnection: this.waited,
      retried,
    };
  }

  private finish(index: number, now: number): void {
    if (this.doneAt[index] !== 0) return;
    this.doneAt[index] = now;
    this.lastDoneAt = Math.max(this.lastDoneAt, now);
    this.completed++;
  }

  // waitedForIt: the backlog was waiting for a connection, not for the generator.
  private pump(now: number, waitedForIt: boolean): void {
    while (this.idle.length > 0 && (this.resend.length > 0 || this.nextSend < this.nextDue)) {
      const connection = this.idle.pop();
      if (!connection) return;
      const again = this.resend.shift();
      if (again !== undefined) {
        this.sentAt[again] = now;
        connection.send(again);
        continue;
      }
      const index = this.nextSend++;
      this.sentAt[index] = now;
      if (waitedForIt) {
        this.waited++;
        this.waitedAt[index] = 1;
      }
      connection.send(index);
    }
  }
}
