import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

// What keeps the production server's memory down (B4 in the README). Each of these is a
// setting someone could drop without any test noticing, and the figure would only show up
// again in the next bench.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

// The Node options of `npm start`: what sits between `node` and the script it runs.
function startNodeOptions(): string[] {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts.start ?? "").split(/\s+/);
  return words.slice(words.indexOf("node") + 1, words.indexOf("scripts/start.ts"));
}

describe("the production server's start", () => {
  it("runs with source maps off and V8 sized for memory (young generation, WebAssembly tier) but not for speed's expense, even though tsx turns source maps on", async () => {
    const probe =
      "console.log(JSON.stringify({ sourceMaps: process.sourceMapsEnabled, argv: process.execArgv }))";
    const { stdout } = await run(process.execPath, [...startNodeOptions(), "-e", probe], {
      cwd: root,
      timeout: 60_000,
    });
    const seen = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as {
      sourceMaps?: boolean;
      argv?: string[];
    };
    expect(seen.sourceMaps).toBe(false);
    // Forked workers (Node's cluster) inherit execArgv, so the flags reach every process.
    expect(seen.argv).toEqual(expect.arrayContaining(["--max-semi-space-size=8", "--liftoff-only"]));
    // V8's mode for small devices: it kept the peak under 250 MB but made allocation-heavy
    // work 3× slower (reading the 100,000 known ids: 76 → 258 ms), stalling verification.
    expect(seen.argv).not.toContain("--optimize-for-size");
  });

  it("does not load every route's code at start", async () => {
    const config = (await import(pathToFileURL(path.join(root, "next.config.mjs")).href)) as {
      default: { experimental?: { preloadEntriesOnStart?: boolean } };
    };
    expect(config.default.experimental?.preloadEntriesOnStart).toBe(false);
  });
});
