import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadOrCreateLocalSecrets, readLocalSecrets } from "./local-secrets";

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
      serverActionsKey: "s".repeat(44),
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

  it("reads without creating anything", () => {
    expect(readLocalSecrets()).toBeUndefined();
    expect(existsSync(file())).toBe(false);
  });
});
