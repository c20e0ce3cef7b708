import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

// Runs the real `seed:demo` script on scratch SQLite files: it publishes its users'
// password, so it must refuse a database that holds a real install.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(path.join(tmpdir(), "keyward-seed-demo-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Outcome = { code: number; stdout: string; stderr: string };

async function node(script: string, databaseFile: string, args: string[] = []): Promise<Outcome> {
  const env = {
    ...process.env,
    DATABASE_URL: `file:${databaseFile}`,
    // Keys generated for this scratch directory, not the project's data/.
    KEYWARD_DATA_DIR: scratch,
  };
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "./scripts/hooks/register.mjs", "--import", "tsx", script, ...args],
      { cwd: root, env, timeout: 120_000 },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const seed = (file: string, args: string[] = []) => node("scripts/seed-demo.ts", file, args);

function contents(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const names = (sql: string) => (sqlite.prepare(sql).all() as { v: string }[]).map((r) => r.v).sort();
    return {
      accounts: names(`SELECT name AS v FROM "Account"`),
      users: names(`SELECT email AS v FROM "User"`),
      tokens: (sqlite.prepare(`SELECT count(*) AS n FROM "ApiToken"`).get() as { n: number }).n,
    };
  } finally {
    sqlite.close();
  }
}

// A real install: the migrated schema with one account and its administrator, written the
// way any other client would.
async function realInstall(file: string) {
  expect((await node("scripts/db/migrate.ts", file)).code).toBe(0);
  const sqlite = new Database(file);
  try {
    const now = new Date().toISOString();
    sqlite
      .prepare(
        `INSERT INTO "Account" (id, name, "apiAccessEnabled", "createdAt", "updatedAt") VALUES (?, ?, 1, ?, ?)`,
      )
      .run("acct_real", "Acme Production", now, now);
    sqlite
      .prepare(
        `INSERT INTO "User" (id, email, name, "passwordHash", "isTechnical", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 0, ?, ?)`,
      )
      .run("user_real", "ops@acme.example", "Ops", "$argon2id$placeholder", now, now);
  } finally {
    sqlite.close();
  }
}

function addRealAccount(file: string) {
  const sqlite = new Database(file);
  try {
    const now = new Date().toISOString();
    sqlite
      .prepare(
        `INSERT INTO "Account" (id, name, "apiAccessEnabled", "createdAt", "updatedAt") VALUES (?, ?, 1, ?, ?)`,
      )
      .run("acct_real", "Acme Production", now, now);
  } finally {
    sqlite.close();
  }
}

describe("npm run seed:demo", () => {
  it("refuses a real install with a clear message and a non-zero exit, changing nothing", async () => {
    const file = path.join(scratch, "real.db");
    await realInstall(file);
    const before = contents(file);
    const refused = await seed(file);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("seed:demo refused");
    expect(refused.stderr).toContain("Acme Production");
    expect(refused.stderr).toContain("--force");
    expect(contents(file)).toEqual(before);
  }, 120_000);

  it("seeds an empty database with the demo users only; later runs refuse another account unless --force", async () => {
    const file = path.join(scratch, "empty.db");
    const first = await seed(file);
    expect(first.code, first.stderr).toBe(0);
    const seeded = contents(file);
    expect(seeded.accounts).toEqual(["Demo Org"]);
    expect(seeded.tokens).toBe(36);
    expect(seeded.users.every((email) => /^demo-[a-z]+@keyward\.local$/.test(email))).toBe(true);

    const second = await seed(file);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain("already exists");
    expect(contents(file)).toEqual(seeded);

    addRealAccount(file);
    const withReal = contents(file);
    const refused = await seed(file);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain("Acme Production");
    const forced = await seed(file, ["--force"]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(contents(file)).toEqual(withReal);
  }, 300_000);
});
