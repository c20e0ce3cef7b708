// CPU time spent during a bench's measured slices, read from /proc: the server's whole process
// group (npm, the primary and every worker, all their threads), the load generator (the
// bench's own process, where autocannon runs) and the machine as a whole, so a comparison
// can say what one request cost and how the cores were shared.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export type Proc = {
  pids: () => string[];
  // The text of /proc/<file>, or undefined when it is gone (a process that just exited).
  read: (file: string) => string | undefined;
};

export const realProc: Proc = {
  pids: () => readdirSync("/proc").filter((name) => /^\d+$/.test(name)),
  read: (file) => {
    try {
      return readFileSync(`/proc/${file}`, "utf8");
    } catch {
      return undefined;
    }
  },
};

// /proc/<pid>/stat: the command name (field 2) may hold spaces and parentheses, so the fields
// are counted from the last ")". Field 5 is the process group, 14 and 15 utime and stime.
export function parseStat(text: string): { group: number; ticks: number } {
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { group: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) };
}

// utime + stime of every process in the group, in clock ticks. A process that exits between
// two samples takes its ticks with it, so a window must not span a worker's death.
export function groupTicks(group: number, proc: Proc = realProc): number {
  let ticks = 0;
  for (const pid of proc.pids()) {
    const text = proc.read(`${pid}/stat`);
    if (text === undefined) continue;
    const stat = parseStat(text);
    if (stat.group === group) ticks += stat.ticks;
  }
  return ticks;
}

// The first line of /proc/stat, summed over every core: busy is user, nice, system, irq and
// softirq; steal (the hypervisor running someone else) is apart, idle and iowait are neither.
export function machineTicks(proc: Proc = realProc): { busy: number; steal: number } {
  const line = proc.read("stat")?.split("\n")[0] ?? "";
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return { busy: (user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0), steal: steal ?? 0 };
}

export type CpuSample = { atMs: number; server: number; generator: number; busy: number; steal: number };

// The server is one process group, or several whose ticks are added up.
export function sampleCpu(
  serverGroups: number | readonly number[],
  proc: Proc = realProc,
  atMs = performance.now(),
): CpuSample {
  const self = proc.read("self/stat");
  const groups = typeof serverGroups === "number" ? [serverGroups] : serverGroups;
  return {
    atMs,
    server: groups.reduce((sum, group) => sum + groupTicks(group, proc), 0),
    generator: self === undefined ? 0 : parseStat(self).ticks,
    ...machineTicks(proc),
  };
}

// The ticks of several slices (before → after each), added up; requests are those completed in them.
export type CpuWindow = {
  wallMs: number;
  server: number;
  generator: number;
  busy: number;
  steal: number;
  requests: number;
};

export const emptyWindow: CpuWindow = { wallMs: 0, server: 0, generator: 0, busy: 0, steal: 0, requests: 0 };

export function addSlice(
  window: CpuWindow,
  before: CpuSample,
  after: CpuSample,
  requests: number,
): CpuWindow {
  return {
    wallMs: window.wallMs + after.atMs - before.atMs,
    server: window.server + after.server - before.server,
    generator: window.generator + after.generator - before.generator,
    busy: window.busy + after.busy - before.busy,
    steal: window.steal + after.steal - before.steal,
    requests: window.requests + requests,
  };
}

export type CpuShares = {
  // CPU time per completed request, in µs.
  serverUsPerRequest: number;
  generatorUsPerRequest: number;
  // Cores kept busy on average over the slices; rest is everything else the machine ran
  // (the idle contender, other tenants), and steal what the hypervisor gave to other guests.
  serverCores: number;
  generatorCores: number;
  restCores: number;
  stealCores: number;
};

export function cpuShares(window: CpuWindow, ticksPerSecond: number): CpuShares {
  const us = (ticks: number) => (ticks / ticksPerSecond) * 1e6;
  const cores = (ticks: number) => (window.wallMs > 0 ? us(ticks) / 1_000 / window.wallMs : 0);
  const perRequest = (ticks: number) => (window.requests > 0 ? us(ticks) / window.requests : 0);
  return {
    serverUsPerRequest: perRequest(window.server),
    generatorUsPerRequest: perRequest(window.generator),
    serverCores: cores(window.server),
    generatorCores: cores(window.generator),
    restCores: Math.max(0, cores(window.busy - window.server - window.generator)),
    stealCores: cores(window.steal),
  };
}

export function clockTicksPerSecond(): number {
  const value = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim());
  return Number.isFinite(value) && value > 0 ? value : 100;
}
