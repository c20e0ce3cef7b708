// A real Keyward production server for the crash test: `npm start` on an existing build,
// its own SQLite file and a loopback port, in its own process group so that a kill -9
// reaches npm, the shell and node alike.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createWriteStream, existsSync } from "node:fs";
import path from "node:path";
import { SHARED_BUILD_KEYS } from "../../../../bench/support/production-server";

export const root = path.resolve(import.meta.dirname, "..", "..", "..", "..");
export const HOST = "127.0.0.1";

export const CRASH_ADMIN = { email: "crash-admin@keyward.local", password: "crash-password-123" };

// Every process group this file started, killed when the test process exits whatever
// happened, so no server outlives the run.
const started = new Set<number>();
process.on("exit", () => {
  for (const pid of started) killGroup(pid);
});

function killGroup(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

// The port the OS hands out on loopback; free when this returns (the server takes it a
// moment later, and the same port is reused for the restart).
export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, HOST, resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no loopback port");
  return address.port;
}

// The port a test's server takes: KEYWARD_CRASH_PORT where each user of the machine has
// ports of their own, otherwise any free one.
export async function serverPort(): Promise<number> {
  const fixed = Number(process.env.KEYWARD_CRASH_PORT);
  return Number.isInteger(fixed) && fixed > 0 ? fixed : freeLoopbackPort();
}

// The test serves the build that exists; it builds one (with the end-to-end keys, as
// `npm test` does) only when there is none.
export function ensureBuild(): void {
  if (existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    env: { ...process.env, ...SHARED_BUILD_KEYS, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
    timeout: 20 * 60_000,
  });
  if (result.status !== 0) throw new Error(`next build failed (${result.status ?? result.signal})`);
}

export type RunningServer = { url: string; child: ChildProcess; kill9: () => Promise<void> };

export async function startServer(
  dataDir: string,
  port: number,
  logName: string,
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  const url = `http://${HOST}:${port}`;
  const child = spawn("npm", ["start"], {
    cwd: root,
    env: {
      ...process.env,
      ...SHARED_BUILD_KEYS,
      HOST,
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dataDir, "keyward.db")}`,
      KEYWARD_DATA_DIR: dataDir,
      KEYWARD_ADMIN_EMAIL: CRASH_ADMIN.email,
      KEYWARD_ADMIN_PASSWORD: CRASH_ADMIN.password,
      KEYWARD_ACCOUNT_NAME: "Crash Org",
      NEXTAUTH_URL: url,
      KEYWARD_SKIP_BUILD: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      ...extraEnv,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error("npm start did not start");
  const pid = child.pid;
  started.add(pid);
  const log = createWriteStream(path.join(dataDir, logName));
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  await waitForLogin(url, child, 120_000);
  return {
    url,
    child,
    // SIGKILL to the whole group: no shutdown hook runs, nothing is flushed.
    kill9: async () => {
      killGroup(pid);
      const deadline = Date.now() + 10_000;
      while (groupAlive(pid) && Date.now() < deadline) await sleep(50);
      started.delete(pid);
    },
  };
}

async function waitForLogin(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/login`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url}/login did not answer in ${timeoutMs} ms`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
