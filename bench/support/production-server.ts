import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

// A Keyward production server for a benchmark: the real start command (which builds when
// the build is stale, migrates and seeds the first administrator) on its own port and its
// own scratch SQLite file under bench/.data.
export type BenchServer = { url: string; databaseFile: string; stop: () => Promise<void> };

export const BENCH_ADMIN = { email: "bench-admin@keyward.local", password: "bench-password-123" };

// The same fixed keys as the end-to-end tests, so a benchmark reuses their production
// build instead of rebuilding with other keys (the build embeds the server-actions key).
const FIXED_KEYS = {
  KEYWARD_TOKEN_HASH_KEY: "e2e-token-hash-key-0123456789abcdefghijkl",
  NEXTAUTH_SECRET: "e2e-nextauth-secret-0123456789abcdefghijkl",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "ZTJlLXNlcnZlci1hY3Rpb25zLWtleS0wMTIzNDU2Nzg=",
};

export async function startProductionServer(name: string, port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  const dataDir = path.resolve("bench/.data", name);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = path.join(dataDir, "keyward.db");
  const url = `http://localhost:${port}`;
  const child = spawn(process.execPath, ["--import", "./scripts/hooks/register.mjs", "--import", "tsx", "scripts/start.ts"], {
    env: {
      ...process.env,
      ...FIXED_KEYS,
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      KEYWARD_DATA_DIR: dataDir,
      KEYWARD_ADMIN_EMAIL: BENCH_ADMIN.email,
      KEYWARD_ADMIN_PASSWORD: BENCH_ADMIN.password,
      KEYWARD_ACCOUNT_NAME: "Bench Org",
      NEXTAUTH_URL: url,
      ...extraEnv,
    },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  await waitUntilServing(`${url}/login`, child);
  return { url, databaseFile, stop: () => stopProcess(child) };
}

async function waitUntilServing(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 15 * 60_000; // a first start includes `next build`
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer ${url} in time`);
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await exited;
}
