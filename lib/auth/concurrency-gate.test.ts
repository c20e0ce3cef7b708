import { afterEach, describe, expect, it, vi } from "vitest";
import { createConcurrencyGate, GateBusyError } from "./concurrency-gate";

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createConcurrencyGate", () => {
  it("never runs more tasks at once than its concurrency, and runs every queued one", async () => {
    const gate = createConcurrencyGate({ concurrency: 2, maxQueue: 10, maxWaitMs: 60_000 });
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      for (let i = 0; i < 3; i++) await new Promise<void>((r) => setImmediate(r));
      running--;
      return "done";
    };
    const results = await Promise.all(Array.from({ length: 10 }, () => gate.run(task)));
    expect(results).toEqual(Array(10).fill("done"));
    expect(peak).toBe(2);
    expect(gate.active).toBe(0);
  });

  it("refuses at once when the queue is full", async () => {
    const gate = createConcurrencyGate({ concurrency: 1, maxQueue: 1, maxWaitMs: 60_000 });
    const hold = deferred();
    const first = gate.run(() => hold.promise);
    const second = gate.run(async () => "second");
    await expect(gate.run(async () => "third")).rejects.toBeInstanceOf(GateBusyError);
    expect(gate.waiting).toBe(1);
    hold.resolve();
    await first;
    expect(await second).toBe("second");
  });

  it("gives up on a waiter after the longest wait, and frees its place in the queue", async () => {
    vi.useFakeTimers();
    const gate = createConcurrencyGate({ concurrency: 1, maxQueue: 1, maxWaitMs: 5_000 });
    const hold = deferred();
    const first = gate.run(() => hold.promise);
    const waiting = gate.run(async () => "never");
    const outcome = expect(waiting).rejects.toBeInstanceOf(GateBusyError);
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
    expect(gate.waiting).toBe(0);
    hold.resolve();
    await first;
    expect(gate.active).toBe(0);
  });

  it("releases the slot when a task fails", async () => {
    const gate = createConcurrencyGate({ concurrency: 1, maxQueue: 0, maxWaitMs: 1_000 });
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await gate.run(async () => "next")).toBe("next");
  });
});
