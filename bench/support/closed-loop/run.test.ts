import { describe, expect, it } from "vitest";
import type { Connection } from "../paced/run";
import { ClosedLoopRun } from "./run";

// A simulated server on a simulated clock: one request at a time, each taking serviceMs
// once the server is free, so `connections` requests queue behind each other.
function simulate(options: { connections: number; serviceMs: number; seconds: number; lose?: number }) {
  const run = new ClosedLoopRun({ start: 0, endsAt: options.seconds * 1_000 });
  const events: { at: number; index: number; connection: Connection }[] = [];
  let serverFreeAt = 0;
  let now = 0;
  let sent = 0;
  const connect = (): Connection => {
    const connection: Connection = {
      send: (index) => {
        sent++;
        serverFreeAt = Math.max(now, serverFreeAt) + options.serviceMs;
        events.push({ at: serverFreeAt, index, connection });
      },
    };
    return connection;
  };
  for (let i = 0; i < options.connections; i++) run.ready(connect(), 0);
  while (!run.done(now)) {
    events.sort((a, b) => a.at - b.at);
    const answer = events.shift();
    if (!answer) throw new Error("the run waits for an answer that cannot come");
    if (answer.at > options.seconds * 1_000 + 1_000) throw new Error("the run goes on past its end");
    now = answer.at;
    if (options.lose !== undefined && answer.index === options.lose) run.lost(now);
    else {
      run.complete(answer.index, now, answer.index % 10 === 0 ? 401 : 204);
      run.ready(answer.connection, now);
    }
  }
  return { result: run.result(), sent, now };
}

describe("ClosedLoopRun", () => {
  it("keeps every connection busy until the end, then waits for the last answers", () => {
    const { result, sent, now } = simulate({ connections: 4, serviceMs: 0.5, seconds: 1 });
    // A request every 0.5 ms for 1 s, and the 3 still queued behind the last one sent.
    expect(sent).toBe(2_003);
    expect(result.requests).toBe(sent);
    expect(now).toBeCloseTo(1_001.5, 5);
    expect(result.rps).toBeCloseTo(2_003 / 1.0015, 5);
    expect(result.errors).toBe(0);
  });

  it("times each request from its sending, queueing included", () => {
    const { result } = simulate({ connections: 4, serviceMs: 0.5, seconds: 1 });
    // Each waits behind the 3 others: 4 × 0.5 ms, except the first ones of the run.
    expect(result.latencyMs.p50).toBeCloseTo(2, 5);
    expect(result.latencyMs.max).toBeCloseTo(2, 5);
  });

  it("counts the answers by status", () => {
    const { result } = simulate({ connections: 2, serviceMs: 1, seconds: 0.1 });
    expect(result.statuses).toEqual({ "204": 90, "401": 11 });
  });

  it("counts a request lost with its connection as an error, and does not wait for its answer", () => {
    const { result, sent } = simulate({ connections: 2, serviceMs: 1, seconds: 0.1, lose: 5 });
    expect(result.errors).toBe(1);
    expect(result.requests).toBe(sent - 1);
  });

  it("counts the requests still unanswered when the run gives up as errors", () => {
    const run = new ClosedLoopRun({ start: 0, endsAt: 1_000 });
    const silent: Connection = { send: () => undefined };
    run.ready(silent, 0);
    run.ready(silent, 0);
    expect(run.done(2_000)).toBe(false);
    expect(run.result().errors).toBe(2);
  });
});
