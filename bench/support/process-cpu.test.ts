import { describe, expect, it } from "vitest";
import {
  addSlice,
  cpuShares,
  emptyWindow,
  groupTicks,
  machineTicks,
  parseStat,
  sampleCpu,
  type Proc,
} from "./process-cpu";

// A /proc/<pid>/stat line as Linux writes it, with the fields this module reads put in.
function statLine(pid: number, name: string, group: number, utime: number, stime: number): string {
  return `${pid} (${name}) S 1 ${group} ${group} 0 -1 4194304 101 0 0 0 ${utime} ${stime} 7 9 20 0 11 0 30001 3133440 387 18446744073709551615 0`;
}

function fakeProc(files: Record<string, string>): Proc {
  return {
    pids: () =>
      Object.keys(files).flatMap((file) => (/^\d+\/stat$/.test(file) ? [file.split("/")[0] ?? ""] : [])),
    read: (file) => files[file],
  };
}

describe("parseStat", () => {
  it("reads group and utime + stime from a line Linux wrote", () => {
    const line =
      "9788 (cat) R 9786 9786 7202 0 -1 4194304 101 0 0 0 12 3 0 0 20 0 1 0 30001 3133440 387 18446744073709551615 0";
    expect(parseStat(line)).toEqual({ group: 9786, ticks: 15 });
  });

  it("counts fields from the last parenthesis, whatever the command name holds", () => {
    expect(parseStat(statLine(42, "node (worker) 1 2 3", 40, 250, 50))).toEqual({ group: 40, ticks: 300 });
  });
});

describe("groupTicks", () => {
  it("adds up the group's processes only, skipping one that vanished while listed", () => {
    const files = {
      "100/stat": statLine(100, "npm start", 100, 5, 1),
      "101/stat": statLine(101, "node", 100, 900, 100),
      "102/stat": statLine(102, "node", 100, 400, 50),
      "200/stat": statLine(200, "node", 200, 7_000, 700),
    };
    const proc: Proc = {
      pids: () => ["100", "101", "102", "103", "200"],
      read: (file) => files[file as keyof typeof files],
    };
    expect(groupTicks(100, proc)).toBe(1_456);
    expect(groupTicks(300, proc)).toBe(0);
  });
});

describe("machineTicks", () => {
  it("counts user, nice, system, irq and softirq as busy, and steal apart", () => {
    const proc = fakeProc({ stat: "cpu  20275 5 6149 32449 352 7 118 31 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n" });
    expect(machineTicks(proc)).toEqual({ busy: 20_275 + 5 + 6_149 + 7 + 118, steal: 31 });
  });
});

describe("cpuShares", () => {
  it("divides the CPU of the measured slices by the requests completed in them", () => {
    const at = (ms: number, server: number, generator: number, busy: number, steal: number) =>
      sampleCpu(
        10,
        fakeProc({
          "10/stat": statLine(10, "npm", 10, server, 0),
          "11/stat": statLine(11, "node", 10, 0, 0),
          "self/stat": statLine(99, "node", 99, generator, 0),
          stat: `cpu  ${busy} 0 0 0 0 0 0 ${steal} 0 0`,
        }),
        ms,
      );
    // Two slices of 2 s with an unmeasured gap between them (the other contender's turn).
    const first = addSlice(
      emptyWindow,
      at(0, 1_000, 500, 10_000, 0),
      at(2_000, 1_180, 560, 10_380, 4),
      20_000,
    );
    const both = addSlice(first, at(5_000, 1_500, 700, 11_000, 4), at(7_000, 1_680, 760, 11_380, 8), 20_000);
    const shares = cpuShares(both, 100);
    // 360 ticks of 10 ms over 40,000 requests; 4 s of wall time.
    expect(shares.serverUsPerRequest).toBeCloseTo(90);
    expect(shares.generatorUsPerRequest).toBeCloseTo(30);
    expect(shares.serverCores).toBeCloseTo(0.9);
    expect(shares.generatorCores).toBeCloseTo(0.3);
    expect(shares.restCores).toBeCloseTo(0.7);
    expect(shares.stealCores).toBeCloseTo(0.02);
  });

  it("adds up the groups of several servers measured together", () => {
    const proc = fakeProc({
      "10/stat": statLine(10, "npm", 10, 100, 20),
      "20/stat": statLine(20, "npm", 20, 300, 40),
      "30/stat": statLine(30, "npm", 30, 5_000, 0),
      stat: "cpu  1 0 0 0 0 0 0 0 0 0",
    });
    expect(sampleCpu([10, 20], proc, 0).server).toBe(460);
    expect(sampleCpu(30, proc, 0).server).toBe(5_000);
  });

  it("reports zero rather than dividing by no requests", () => {
    expect(cpuShares(emptyWindow, 100).serverUsPerRequest).toBe(0);
  });
});
