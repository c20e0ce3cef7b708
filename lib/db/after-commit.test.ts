import { afterEach, describe, expect, it, vi } from "vitest";
import { notifyCommitted, onCommit } from "./after-commit";

const unsubscribes: (() => void)[] = [];
afterEach(() => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
});

function counting(): { count: () => number; listener: () => void } {
  let calls = 0;
  return {
    count: () => calls,
    listener: () => {
      calls++;
    },
  };
}

describe("after-commit hook", () => {
  it("tells every listener of each commit until it unsubscribes", () => {
    const a = counting();
    const b = counting();
    const stopA = onCommit(a.listener);
    unsubscribes.push(stopA, onCommit(b.listener));
    notifyCommitted();
    stopA();
    notifyCommitted();
    expect([a.count(), b.count()]).toEqual([1, 2]);
  });

  it("still tells the others when one listener throws, then reports the failure", () => {
    const after = counting();
    unsubscribes.push(
      onCommit(() => {
        throw new Error("listener broke");
      }),
      onCommit(after.listener),
    );
    expect(() => notifyCommitted()).toThrow("listener broke");
    expect(after.count()).toBe(1);
  });

  it("is one registry per process, whichever copy of the module subscribed", async () => {
    // A second copy, as Next's server bundle has its own next to scripts/start.ts's.
    vi.resetModules();
    const copy = await import("./after-commit");
    expect(copy.onCommit).not.toBe(onCommit);
    const heard = counting();
    unsubscribes.push(copy.onCommit(heard.listener));
    notifyCommitted();
    expect(heard.count()).toBe(1);
  });
});
