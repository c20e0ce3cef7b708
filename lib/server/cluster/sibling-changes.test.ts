import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { notifyCommitted } from "@/lib/db/after-commit";
import { channelPair } from "./fake-channel";
import { forwardChanges, relaySiblingChanges } from "./sibling-changes";

// Three workers behind one primary, each link an in-memory pair.
function threeWorkers() {
  const links = [channelPair(), channelPair(), channelPair()];
  const primarySides = links.map((link) => link.primary);
  for (const side of primarySides) forwardChanges(side, () => primarySides);
  return links;
}

describe("the relay of commits between sibling workers", () => {
  it("empties every other worker's cache when one worker commits, and not its own twice", async () => {
    const [first, ...others] = threeWorkers();
    if (!first) throw new Error("three workers");
    const emptied: string[] = [];
    // The first worker stands for the process of this test: its commit is notifyCommitted().
    const stopFirst = relaySiblingChanges(first.worker, () => emptied.push("first"));
    others.forEach((link, index) => {
      link.worker.on("message", (message) => {
        if ((message as { keyward?: string }).keyward === "changed") emptied.push(`other ${index}`);
      });
    });
    notifyCommitted();
    await nextTurn();
    await nextTurn();
    expect(emptied.sort()).toEqual(["other 0", "other 1"]);
    stopFirst();
    notifyCommitted();
    await nextTurn();
    await nextTurn();
    expect(emptied.sort()).toEqual(["other 0", "other 1"]);
  });

  it("empties this worker's cache when a sibling's change arrives, and sends nothing back", async () => {
    const link = channelPair();
    let emptied = 0;
    const stop = relaySiblingChanges(link.worker, () => (emptied += 1));
    link.primary.send({ keyward: "changed" });
    await nextTurn();
    expect(emptied).toBe(1);
    expect(link.sent.filter((message) => message.keyward === "changed")).toHaveLength(1);
    link.worker.send({ keyward: "drain" });
    link.primary.send({ keyward: "drain" });
    await nextTurn();
    expect(emptied).toBe(1);
    stop();
  });
});
