import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadOrCreateLocalSecrets, readLocalSecrets, SecretsFileError } from "./local-secrets";
import { readConfig } from "./read-config";

let dir: string;
const previous = process.env.KEYWARD_DATA_DIR;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "keyward-secrets-"));
  process.env.KEYWARD_DATA_DIR = dir;
});
afterEach(() => {
  process.env.KEYWARD_DATA_DIR = previous;
  if (previous === undefined) delete process.env.KEYWARD_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

const file = () => path.join(dir, "secrets.json");

describe("local secrets", () => {
  it("generates four distinct keys into a 0600 file, once", () => {
    const secrets = loadOrCreateLocalSecrets();
    expect(new Set(Object.values(secrets)).size).toBe(4);
    expect(secrets.auditKey.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(loadOrCreateLocalSecrets()).toEqual(secrets);
  });

  it("adds the audit key to a file written before it existed, keeping every other key", () => {
    const old = {
      tokenHashKey: "t".repeat(43),
      authSecret: "a".repeat(43),
      // A real AES-256 key: the file's keys are validated when read.
      serverActionsKey: Buffer.alloc(32, "s").toString("base64"),
    };
    writeFileSync(file(), JSON.stringify(old), { mode: 0o600 });
    const secrets = loadOrCreateLocalSecrets();
    expect(secrets).toMatchObject(old);
    expect(secrets.auditKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.parse(readFileSync(file(), "utf8"))).toEqual(secrets);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
    expect(loadOrCreateLocalSecrets().auditKey).toBe(secrets.auditKey);
    expect(existsSync(`${file()}.lock`)).toBe(false);
  });

  // Two servers started together on a fresh data directory (the bench starts two): one
  // used to read the other's half-written file, or meet it already there, and fail to start.
  it("gives processes starting at the same instant one set of keys, and none fails", async () => {
    const startAt = Date.now() + 5_000;
    const child = `
      const { loadOrCreateLocalSecrets } = await import(${JSON.stringify(path.resolve(__dirname, "local-secrets.ts"))});
      while (Date.now() < ${startAt});
      process.stdout.write(JSON.stringify(loadOrCreateLocalSecrets()));`;
    const run = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const proc = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", child], {
          env: { ...process.env, KEYWARD_DATA_DIR: dir },
        });
        let out = "";
        proc.stdout.on("data", (chunk) => (out += chunk));
        proc.stderr.on("data", (chunk) => (out += chunk));
        proc.on("close", (code) => resolve({ code, out }));
      });
    const results = await Promise.all(Array.from({ length: 4 }, run));
    for (const result of results) expect(result, result.out).toMatchObject({ code: 0 });
    const onDisk = JSON.stringify(JSON.parse(readFileSync(file(), "utf8")));
    expect(new Set(results.map((result) => result.out))).toEqual(new Set([onDisk]));
    expect(readdirSync(dir)).toEqual(["secrets.json"]);
  }, 120_000);

  it("reads without creating anything", () => {
    expect(readLocalSecrets()).toBeUndefined();
    expect(existsSync(file())).toBe(false);
  });
});

describe("a damaged secrets file", () => {
  const valid = {
    tokenHashKey: "t".repeat(43),
    authSecret: "a".repeat(43),
    serverActionsKey: Buffer.alloc(32, 1).toString("base64"),
    auditKey: "u".repeat(43),
  };

  it.each([
    [
      "a short token hash key",
      { ...valid, tokenHashKey: "short" },
      /tokenHashKey must be a string of at least 32/,
    ],
    [
      "a server-actions key that is not AES-256",
      { ...valid, serverActionsKey: "c2hvcnQ=" },
      /serverActionsKey must decode to 32 bytes/,
    ],
    [
      "a server-actions key that is not base64",
      { ...valid, serverActionsKey: "not base64 at all!" },
      /serverActionsKey must be base64/,
    ],
    ["a key of the wrong type", { ...valid, authSecret: 42 }, /authSecret/],
    ["an unknown key", { ...valid, extra: "x" }, /extra/],
  ])("names the file and the key: %s", (_, content, reason) => {
    writeFileSync(file(), JSON.stringify(content), { mode: 0o600 });
    expect(() => readLocalSecrets()).toThrow(SecretsFileError);
    expect(() => loadOrCreateLocalSecrets()).toThrow(reason);
    expect(() => loadOrCreateLocalSecrets()).toThrow(file());
    // Nothing is rewritten: a regenerated key would make every existing token fail.
    expect(JSON.parse(readFileSync(file(), "utf8"))).toEqual(content);
  });

  it("names the file when it is not JSON", () => {
    writeFileSync(file(), "{ truncated", { mode: 0o600 });
    expect(() => loadOrCreateLocalSecrets()).toThrow(`${file()} is not valid JSON`);
  });

  it("becomes one line of the start error, not a stack trace", () => {
    writeFileSync(file(), JSON.stringify({ ...valid, auditKey: "short" }), { mode: 0o600 });
    expect(() => readConfig({}, { mode: "start", localSecrets: loadOrCreateLocalSecrets })).toThrow(
      new RegExp(
        `^1 setting is invalid .*\\n  - data/secrets.json: ${file().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is damaged: auditKey`,
      ),
    );
  });
});
