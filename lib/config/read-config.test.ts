import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import type { LocalSecrets } from "./local-secrets";
import { ConfigError, readConfig, readToolConfig } from "./read-config";

const KEYS = {
  KEYWARD_TOKEN_HASH_KEY: "t".repeat(40),
  NEXTAUTH_SECRET: "a".repeat(40),
  KEYWARD_AUDIT_KEY: "u".repeat(40),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
};
const LOCAL: LocalSecrets = {
  tokenHashKey: "T".repeat(43),
  authSecret: "A".repeat(43),
  auditKey: "U".repeat(43),
  serverActionsKey: Buffer.alloc(32, 9).toString("base64"),
};
const neverLocal = () => {
  throw new Error("must not read data/secrets.json");
};

function problemsOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("readConfig", () => {
  it("needs nothing on a single machine: keys come from the local secrets", () => {
    const config = readConfig({}, { mode: "start", localSecrets: () => LOCAL });
    expect(config.tokenHashKey).toBe(LOCAL.tokenHashKey);
    expect(config.serverActionsKey).toBe(LOCAL.serverActionsKey);
    expect(config.databaseUrl).toMatch(/^file:.*keyward\.db$/);
    expect(config.start).toEqual({
      port: 3000,
      host: "127.0.0.1",
      publicUrl: "http://localhost:3000",
      skipBuild: false,
      processes: 1,
      firstAdmin: { email: undefined, password: undefined, accountName: undefined },
    });
  });

  it("reads the start-time variables", () => {
    const config = readConfig(
      {
        ...KEYS,
        PORT: "8080",
        HOST: "::",
        NEXTAUTH_URL: "https://keyward.example.com",
        KEYWARD_SKIP_BUILD: "true",
        KEYWARD_PROCESSES: "3",
        KEYWARD_ADMIN_EMAIL: "ops@example.com",
        KEYWARD_ADMIN_PASSWORD: "correct horse battery",
        KEYWARD_ACCOUNT_NAME: "Ops",
      },
      { mode: "start", localSecrets: neverLocal },
    );
    expect(config.start).toEqual({
      port: 8080,
      host: "::",
      publicUrl: "https://keyward.example.com",
      skipBuild: true,
      processes: 3,
      firstAdmin: { email: "ops@example.com", password: "correct horse battery", accountName: "Ops" },
    });
  });

  it("takes KEYWARD_PROCESSES as auto or a positive integer, and says so otherwise", () => {
    const processes = (value: string) =>
      readConfig({ ...KEYS, KEYWARD_PROCESSES: value }, { mode: "start", localSecrets: neverLocal }).start
        .processes;
    expect(processes("AUTO")).toBe(availableParallelism());
    expect(processes(" 2 ")).toBe(2);
    for (const bad of ["0", "-1", "1.5", "many"]) {
      const error = problemsOf(() => processes(bad));
      expect(error.problems.map((problem) => problem.variable)).toEqual(["KEYWARD_PROCESSES"]);
      expect(error.message).toMatch(/KEYWARD_PROCESSES: .*Expected: auto \(one per core\) or an integer/);
    }
  });

  it("lists every bad variable at once, with what is wrong and what is expected, never a value", () => {
    const error = problemsOf(() =>
      readConfig(
        {
          ...KEYS,
          PORT: "eighty",
          HOST: "bad host!",
          NEXTAUTH_URL: "ftp://example.com",
          KEYWARD_ADMIN_PASSWORD: "short-pw",
          KEYWARD_TOKEN_HASH_KEY: "too-short-hash-key",
          NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "bm90IDMyIGJ5dGVz",
          KEYWARD_VERIFY_FAILURE_LIMIT: "0",
          KEYWARD_SKIP_BUILD: "maybe",
          REDIS_URL: "http://cache",
        },
        { mode: "start", localSecrets: neverLocal },
      ),
    );
    expect(error.problems.map((problem) => problem.variable).sort()).toEqual(
      [
        "HOST",
        "KEYWARD_ADMIN_PASSWORD",
        "KEYWARD_SKIP_BUILD",
        "KEYWARD_TOKEN_HASH_KEY",
        "KEYWARD_VERIFY_FAILURE_LIMIT",
        "NEXTAUTH_URL",
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
        "PORT",
        "REDIS_URL",
      ].sort(),
    );
    const lines = error.message.split("\n");
    expect(lines[0]).toBe('9 settings are invalid (see README, "Configuration"):');
    expect(lines).toContain(
      "  - PORT: Invalid input: expected number, received NaN. Expected: an integer from 1 to 65535.",
    );
    expect(lines).toContain("  - KEYWARD_TOKEN_HASH_KEY: too short. Expected: at least 32 characters.");
    expect(lines).toContain(
      "  - KEYWARD_ADMIN_PASSWORD: shorter than 12 characters. Expected: a password of 12 to 1024 characters.",
    );
    expect(error.message).toMatch(
      /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: must decode to 32 bytes.*Expected: a base64 AES-256 key/,
    );
    for (const secret of ["short-pw", "too-short-hash-key", "bm90IDMyIGJ5dGVz", "bad host!"]) {
      expect(error.message).not.toContain(secret);
    }
  });

  it("refuses a PostgreSQL start whose keys are partly generated, naming each missing key", () => {
    const error = problemsOf(() =>
      readConfig(
        {
          DATABASE_URL: "postgresql://keyward@127.0.0.1:5432/keyward",
          KEYWARD_TOKEN_HASH_KEY: KEYS.KEYWARD_TOKEN_HASH_KEY,
          NEXTAUTH_SECRET: KEYS.NEXTAUTH_SECRET,
        },
        { mode: "start", localSecrets: neverLocal },
      ),
    );
    expect(error.problems.map((problem) => problem.variable)).toEqual([
      "KEYWARD_AUDIT_KEY",
      "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
    ]);
    expect(error.message).toContain("every instance must share every key");
  });

  it("still generates every key for PostgreSQL when none is set, and mixes freely on SQLite", () => {
    const postgres = "postgresql://keyward@127.0.0.1:5432/keyward";
    expect(
      readConfig({ DATABASE_URL: postgres }, { mode: "start", localSecrets: () => LOCAL }).auditKey,
    ).toBe(LOCAL.auditKey);
    const sqlite = readConfig(
      { KEYWARD_TOKEN_HASH_KEY: KEYS.KEYWARD_TOKEN_HASH_KEY },
      { mode: "start", localSecrets: () => LOCAL },
    );
    expect(sqlite.tokenHashKey).toBe(KEYS.KEYWARD_TOKEN_HASH_KEY);
    expect(sqlite.auditKey).toBe(LOCAL.auditKey);
  });

  it("refuses the retired KEYWARD_TRUST_PROXY together with the other problems", () => {
    const error = problemsOf(() =>
      readConfig(
        { ...KEYS, KEYWARD_TRUST_PROXY: "true", PORT: "0" },
        { mode: "process", localSecrets: neverLocal },
      ),
    );
    expect(error.problems.map((problem) => problem.variable)).toEqual(["KEYWARD_TRUST_PROXY", "PORT"]);
    expect(error.message).toContain("KEYWARD_TRUSTED_PROXIES");
  });

  it("lets database tooling run without keys, never generating one", () => {
    const tool = readToolConfig({ DATABASE_URL: "file:x.db", KEYWARD_DEBUG_ENGINE: "1" });
    expect(tool).toMatchObject({ databaseUrl: "file:x.db", auditKey: undefined, debugSchemaEngine: true });
    expect(() => readToolConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: unknown scheme/);
  });
});
