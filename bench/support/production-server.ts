import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { E2E_SERVER_ENV } from "../../e2e/support/e2e-env";
import { root, startInGroup, stop, waitFor } from "./servers";

// A Keyward production server for a benchmark: the real start command (which builds when
// the build is stale, migrates and seeds the first administrator) on its own port and its
// own scratch SQLite file under bench/.data/<name>, its output in keyward.log there.
export type BenchServer = { url: string; databaseFile: string; stop: () => Promise<void> };

export const BENCH_ADMIN = { email: "bench-admin@keyward.local", password: "bench-password-123" };

// The end-to-end tests' fixed keys, so a benchmark reuses their production build instead of
// rebuilding with other keys (the build embeds the server-actions key).
export const SHARED_BUILD_KEYS = {
  KEYWARD_TOKEN_HASH_KEY: E2E_SERVER_ENV.KEYWARD_TOKEN_HASH_KEY ?? "",
  NEXTAUTH_SECRET: E2E_SERVER_ENV.NEXTAUTH_SECRET ?? "",
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: E2E_SERVER_ENV.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "",
};

export async function startProductionServer(name: string, port: number): Promise<BenchServer> {
  const dataDir = path.join(root, "bench", ".data", name);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const databaseFile = path.join(dataDir, "keyward.db");
  const url = `http://localhost:${port}`;
  const child = startInGroup(
    "npm",
    ["start"],
    {
      ...SHARED_BUILD_KEYS,
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      KEYWARD_DATA_DIR: dataDir,
      KEYWARD_ADMIN_EMAIL: BENCH_ADMIN.email,
      KEYWARD_ADMIN_PASSWORD: BENCH_ADMIN.password,
      KEYWARD_ACCOUNT_NAME: "Bench Org",
      NEXTAUTH_URL: url,
    },
    path.join(dataDir, "keyward.log"),
  );
  // A first start includes `next build`.
  await waitFor(`${url}/login`, 200, 20 * 60_000, child);
  return { url, databaseFile, stop: () => stop(child) };
}
