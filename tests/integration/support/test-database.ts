import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseProvider } from "@/lib/config/database-url";

// Throwaway databases for integration tests: a fresh SQLite file, or a fresh PostgreSQL
// database on the local server (KEYWARD_TEST_PG_URL names the server's admin database).
export const PG_ADMIN_URL =
  process.env.KEYWARD_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type ScratchDatabase = { provider: DatabaseProvider; url: string; drop: () => Promise<void> };

async function onAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  try {
    await onAdmin((client) => client.query("SELECT 1"));
    return true;
  } catch {
    return false;
  }
}

export async function createScratchDatabase(provider: DatabaseProvider): Promise<ScratchDatabase> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "keyward-test-"));
    return {
      provider,
      url: `file:${path.join(dir, "test.db")}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `keyward_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  await onAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    provider,
    url: url.toString(),
    drop: () =>
      onAdmin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
