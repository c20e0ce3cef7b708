import { describe, expect, it } from "vitest";
import { onCore, parseCpuList } from "./cpu-pinning";

describe("parseCpuList", () => {
  it("reads single cores and ranges as Linux lists them", () => {
    expect(parseCpuList("0-1")).toEqual([0, 1]);
    expect(parseCpuList("0,2-4,7\n")).toEqual([0, 2, 3, 4, 7]);
  });

  it("refuses what is not a list rather than pin to the wrong core", () => {
    expect(() => parseCpuList("3-1")).toThrow("not a CPU list");
    expect(() => parseCpuList("a")).toThrow("not a CPU list");
  });
});

describe("onCore", () => {
  it("wraps a command in taskset for a core, and leaves it alone without one", () => {
    expect(onCore(1, "npm", ["start"])).toEqual(["taskset", ["--cpu-list", "1", "npm", "start"]]);
    expect(onCore(undefined, "npm", ["start"])).toEqual(["npm", ["start"]]);
  });
});
