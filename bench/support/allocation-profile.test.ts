import { describe, expect, it } from "vitest";
import { summariseAllocations, type AllocationNode } from "./allocation-profile";

const node = (functionName: string, url: string, selfSize: number, children: AllocationNode[] = []) => ({
  callFrame: { functionName, url, lineNumber: 9 },
  selfSize,
  children,
});

describe("summariseAllocations", () => {
  it("adds each function's bytes across the tree, and each area's", () => {
    const tree = node("(root)", "", 0, [
      node("decide", "file:///repo/lib/tokens/verify.ts", 300, [node("write", "node:net", 50)]),
      node("handler", "file:///repo/lib/http/front.ts", 100, [
        node("decide", "file:///repo/lib/tokens/verify.ts", 200),
      ]),
    ]);
    const summary = summariseAllocations(tree, "/repo");
    expect(summary.totalBytes).toBe(650);
    expect(summary.functions[0]).toEqual({ name: "decide", location: "lib/tokens/verify.ts:10", bytes: 500 });
    expect(summary.areas).toEqual([
      { name: "Keyward (lib/, scripts/)", bytes: 600 },
      { name: "Node built-ins (http, net, crypto, streams…)", bytes: 50 },
    ]);
  });
});
