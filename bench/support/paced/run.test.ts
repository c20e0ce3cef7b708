import { describe, expect, it } from "vitest";
import { PacedRun, type Connection } from "./run";

// A simulated server and clock, in whole simulated milliseconds: each request takes
// serviceMs once the server is free, and between stall.from and stall.to it answers nothing.
// The generator ticks at every due time, as the real one aims to.
function simulate(options: { connections: number; stall?: { from: number; to: number } }) {
  const rate = 1_000;
  const total = 3_000;
  const serviceMs = 0.1;
  const run = new PacedRun({ rate, total, start: 0 });
  const events: { at: number; index: number; connection: Connection }[] = [];
  let serverFreeAt = 0;
  let now = 0;
  const connect = (): Connection => {
    const connection: Connection = {
      send: (index) => {
        let begins = Math.max(now, serverFreeAt);
        const { stall } = options;
        if (stall && begins + serviceMs > stall.from && begins < stall.to) begins = stall.to;
        serverFreeAt = begins + serviceMs;
        events.push({ at: serverFreeAt, index, connection });
      },
    };
    return connection;
  };
  for (let i = 0; i < options.connections; i++) run.ready(connect(), 0);
  while (!run.done) {
    events.sort((a, b) => a.at - b.at);
    const nextDue = run.nextDueAt();
    const answer = events[0];
    if (answer && answer.at <= nextDue) {
      events.shift();
      now = answer.at;
      run.complete(answer.index, now, 204);
      run.ready(answer.connection, now);
    } else {
      now = nextDue;
      run.tick(now);
    }
  }
  return run;
}

describe("PacedRun", () => {
  it("charges latency as service time when the server keeps up", () => {
    const result = simulate({ connections: 4 }).result();
    expect(result.latencyMs.max).toBeCloseTo(0.1, 5);
    expect(result.serviceMs.p50).toBeCloseTo(0.1, 5);
    expect(result.generatorLateMs.max).toBe(0);
    expect(result.waitedForConnection).toBe(0);
    expect(result.statuses).toEqual({ "204": 3_000 });
  });

  it("charges a server that stalls for the queue it built, not only for the requests it held", () => {
    // 200 ms without an answer: 4 requests sit on the connections, ~196 more fall due meanwhile.
    const run = simulate({ connections: 4, stall: { from: 1_000, to: 1_200 } });
    const result = run.result();
    // The request due at 1,100 ms was answered after the stall: it waited ~100 ms.
    expect((run.doneAt[1_100] ?? 0) - (run.dueAt[1_100] ?? 0)).toBeGreaterThan(99);
    // Latency from the due time sees the whole backlog (200 of 3,000 requests = 6.7 %)...
    expect(result.latencyMs.p99).toBeGreaterThan(150);
    expect(result.latencyMs.max).toBeGreaterThan(199);
    // ...where timing from the moment each request was written sees only the 4 held ones
    // (0.13 %), as a closed-loop generator would report.
    expect(result.serviceMs.p99).toBeLessThan(1);
    expect(result.serviceMs.max).toBeGreaterThan(199);
    // The lateness is the server's backlog, not the generator's: those requests waited for
    // a connection.
    expect(result.waitedForConnection).toBeGreaterThan(190);
    // The generator itself sent every request it could at its due time.
    expect(result.generatorLateMs.max).toBe(0);
  });

  it("sends a request lost with its connection once more, timed from its due time", () => {
    const run = new PacedRun({ rate: 1_000, total: 2, start: 0 });
    const sent: number[] = [];
    const connection: Connection = { send: (index) => sent.push(index) };
    run.ready(connection, 0);
    run.tick(0);
    // The server closed the kept-alive connection as request 0 was written.
    run.drop(connection);
    run.lost(0, 0.5);
    run.ready(connection, 0.6);
    expect(sent).toEqual([0, 0]);
    run.complete(0, 0.8, 204);
    run.ready(connection, 0.8);
    run.tick(1);
    run.complete(1, 1.1, 204);
    const result = run.result();
    expect(result.errors).toBe(0);
    expect(result.retried).toBe(1);
    expect(result.statuses).toEqual({ "204": 2 });
    expect(result.latencyMs.max).toBeCloseTo(0.8, 5);
    expect(run.done).toBe(true);
  });

  it("counts a request lost twice as an error", () => {
    const run = new PacedRun({ rate: 1_000, total: 1, start: 0 });
    const connection: Connection = { send: () => undefined };
    run.ready(connection, 0);
    run.tick(0);
    run.drop(connection);
    run.lost(0, 0.5);
    run.ready(connection, 0.6);
    run.drop(connection);
    run.lost(0, 0.7);
    const result = run.result();
    expect(result.errors).toBe(1);
    expect(result.retried).toBe(1);
    expect(run.done).toBe(true);
  });
});
