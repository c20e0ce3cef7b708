import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILED_ENTRY, compiledStartIsStale, recordCompiledStart } from "./compiled-start.mjs";

let root: string;
const SETTINGS = ["tsconfig.json", "package.json", "package-lock.json", "scripts/start/compile-start.mjs"];
const INPUTS = ["scripts/start.ts", "lib/config/env.ts"];
const COMPILED_AT = Date.parse("2026-12-04T12:00:00Z");

function writeAt(file: string, when: number) {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, "");
  const seconds = when / 1000;
  utimesSync(full, seconds, seconds);
}

function touchFolder(folder: string, when: number) {
  utimesSync(path.join(root, folder), when / 1000, when / 1000);
}

// Sources and settings older than the compile, and the compiled start recorded.
function compiled() {
  const before = COMPILED_AT - 60_000;
  for (const file of [...SETTINGS, ...INPUTS]) writeAt(file, before);
  for (const folder of ["scripts", "scripts/start", "lib/config"]) touchFolder(folder, before);
  writeAt(COMPILED_ENTRY, COMPILED_AT + 1_000);
  recordCompiledStart(root, COMPILED_AT, INPUTS);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "keyward-compiled-start-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("compiledStartIsStale", () => {
  it("is stale on a fresh clone, with nothing compiled", () => {
    for (const file of [...SETTINGS, ...INPUTS]) writeAt(file, COMPILED_AT);
    expect(compiledStartIsStale(root)).toBe(true);
  });

  it("is fresh when nothing it compiled from changed since", () => {
    compiled();
    expect(compiledStartIsStale(root)).toBe(false);
  });

  it("is stale when a module it bundled changed after the compile began", () => {
    compiled();
    writeAt("lib/config/env.ts", COMPILED_AT + 1);
    expect(compiledStartIsStale(root)).toBe(true);
  });

  it("is stale when a module it bundled is gone", () => {
    compiled();
    rmSync(path.join(root, "lib/config/env.ts"));
    expect(compiledStartIsStale(root)).toBe(true);
  });

  it("is stale when a file appears beside a bundled module (an import may now resolve to it)", () => {
    compiled();
    writeAt("lib/config/env/index.ts", COMPILED_AT + 60_000);
    touchFolder("lib/config", COMPILED_AT + 60_000);
    expect(compiledStartIsStale(root)).toBe(true);
  });

  it("is stale when the path aliases, the dependencies or the compile itself changed", () => {
    for (const setting of SETTINGS) {
      compiled();
      writeAt(setting, COMPILED_AT + 60_000);
      expect(compiledStartIsStale(root), setting).toBe(true);
    }
  });

  it("is stale when the compiled entry is missing though its record is there", () => {
    compiled();
    rmSync(path.join(root, COMPILED_ENTRY));
    expect(compiledStartIsStale(root)).toBe(true);
  });
});
