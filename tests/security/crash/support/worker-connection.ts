// Which worker process of a multi-process server holds a connection, seen from outside as
// an operator would (`ss -tnp`): nothing in the answers tells a client which process served.
import { execFileSync } from "node:child_process";
import { request } from "node:http";
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { JOBS_ENV } from "@/lib/server/cluster/primary";
import { sleep } from "./production-server";

// The node processes whose parent is `pid` (tsx's esbuild service is a child too).
export function childPids(pid: number): number[] {
  try {
    return execFileSync("ps", ["-o", "pid=,comm=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter(([, command]) => command === "node")
      .map(([child]) => Number(child));
  } catch {
    return [];
  }
}

// The worker processes of `npm start`: npm's child is the primary (the script execs node),
// whose children are the workers.
export function workerPids(npmPid: number): number[] {
  return childPids(npmPid).flatMap(childPids);
}

function holderOf(port: number, localPort: number, among: readonly number[]): number | undefined {
  const out = execFileSync(
    "ss",
    ["-Htnp", "state", "established", `( sport = :${port} and dport = :${localPort} )`],
    { encoding: "utf8" },
  );
  const pids = [...out.matchAll(/pid=(\d+)/g)].map((match) => Number(match[1]));
  // The primary accepts and hands the connection over: wait until a worker alone holds it.
  return pids.length === 1 && among.includes(pids[0] ?? 0) ? pids[0] : undefined;
}

export type WorkerConnection = { socket: Socket; pid: number };

// A new connection from `localAddress` (a loopback address), and the worker that took it.
export async function connectToWorker(
  port: number,
  workers: readonly number[],
  localAddress = "127.0.0.1",
): Promise<WorkerConnection> {
  const socket = connect({ host: "127.0.0.1", port, localAddress });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const pid = holderOf(port, socket.localPort ?? 0, workers);
    if (pid !== undefined) return { socket, pid };
    await sleep(20);
  }
  socket.destroy();
  throw new Error(`no worker took the connection from port ${socket.localPort}`);
}

// GET /api/v1/auth/check with the token on that connection (closed after); the status.
export function authCheckOn(connection: WorkerConnection, token: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        path: "/api/v1/auth/check",
        headers: { Authorization: `Bearer ${token}`, Connection: "close" },
        createConnection: () => connection.socket,
        timeout: 15_000,
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("timeout", () => req.destroy(new Error("auth/check: no answer within 15 s")));
    req.on("error", reject);
    req.end();
  });
}

// Whether the worker was started to run the background jobs (lib/server/cluster/primary.ts).
export function runsJobs(pid: number): boolean {
  return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`${JOBS_ENV}=1`);
}
