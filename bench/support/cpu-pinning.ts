// Which cores a process may run on (Linux's affinity, set with taskset), so a bench can give
// the load generator and the server a core each.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

// "0-2,5" → [0, 1, 2, 5], as Linux writes Cpus_allowed_list.
export function parseCpuList(list: string): number[] {
  return list
    .trim()
    .split(",")
    .filter((part) => part !== "")
    .flatMap((part) => {
      const [from, to = from] = part.split("-").map(Number);
      if (from === undefined || to === undefined || !(to >= from)) throw new Error(`not a CPU list: ${list}`);
      return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
}

export function allowedCpuList(): string {
  const line = readFileSync("/proc/self/status", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("Cpus_allowed_list:"));
  return line?.split(":")[1]?.trim() ?? "";
}

// Every thread of the process, the ones it starts later included.
export function pinProcess(pid: number, cpuList: string): void {
  execFileSync("taskset", ["--all-tasks", "--pid", "--cpu-list", cpuList, String(pid)], { stdio: "ignore" });
}

// A command to start confined to one core (taskset; its threads and children inherit it), or
// as it is when core is undefined.
export function onCore(core: number | undefined, command: string, args: string[]): [string, string[]] {
  return core === undefined ? [command, args] : ["taskset", ["--cpu-list", String(core), command, ...args]];
}

export function tasksetAvailable(): boolean {
  try {
    execFileSync("taskset", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
