import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const PROBE = path.join(import.meta.dirname, "runtime-probe.mjs");

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

describe("the runtime probe", () => {
  it("names a full collection major, so a stall log tells it from an incremental marking step", async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "keyward-probe-"));
    const file = path.join(scratch, "probe.jsonl");
    // A script the probe takes for a server (by its path): it opens a window, forces a full
    // collection, and closes the window.
    mkdirSync(path.join(scratch, "scripts"));
    const server = path.join(scratch, "scripts", "start-compiled.mjs");
    writeFileSync(
      server,
      `process.kill(process.pid, "SIGUSR2");
      setTimeout(() => {
        globalThis.gc();
        setTimeout(() => process.kill(process.pid, "SIGUSR2"), 50);
        setTimeout(() => {}, 300);
      }, 50);`,
    );
    await run(process.execPath, ["--expose-gc", "--import", PROBE, server], {
      timeout: 30_000,
      env: { ...process.env, BENCH_PROBE_FILE: file, BENCH_STALL_MS: "0" },
    });
    const windows = readFileSync(file, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { gc?: { long: { kind: string }[] } });
    const kinds = windows.flatMap((window) => window.gc?.long.map((pause) => pause.kind) ?? []);
    expect(kinds).toContain("major");
    expect(kinds).not.toContain("incremental");
  });
});
