import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants.js";
import { describe, expect, it } from "vitest";

// What keeps the production server's memory down (B4 in the README). Each of these is a
// setting someone could drop without any test noticing, and the figure would only show up
// again in the next bench.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

// `npm start`'s command: the Node options (what sits between `node` and the script it runs)
// and the script.
function startCommand(): { options: string[]; script: string } {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const words = (pkg.scripts.start ?? "").trim().split(/\s+/);
  return { options: words.slice(words.indexOf("node") + 1, -1), script: words.at(-1) ?? "" };
}
const startNodeOptions = () => startCommand().options;

describe("the production server's start", () => {
  it("runs with source maps off and V8 sized for memory (young generation, WebAssembly tier) but not at speed's expense", async () => {
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
    expect(seen.argv).toEqual(
      expect.arrayContaining(["--min-semi-space-size=8", "--max-semi-space-size=8", "--liftoff-only"]),
    );
    // A young generation that may shrink while idle made the first second after a quiet
    // spell one scavenge every few hundred requests: bench:paced's p99 63–248 ms, 3–5 ms with
    // it held at 8 MB (README, Benchmarks).
    // V8's mode for small devices: it kept the peak under 250 MB but made allocation-heavy
    // work 3× slower (reading the 100,000 known ids: 76 → 258 ms), stalling verification.
    expect(seen.argv).not.toContain("--optimize-for-size");
  });

  // tsx's loader thread and its transform of every module Keyward's start imports cost
  // ~23 MB per process (README, B4); the start runs that code compiled ahead of time.
  it("runs compiled JavaScript, with no TypeScript loader (tsx) in the process", async () => {
    const scratch = mkdtempSync(path.join(tmpdir(), "keyward-start-"));
    try {
      // Seen as the process exits: what `npm start`'s own command loaded, from outside it.
      const probe = path.join(scratch, "probe.mjs");
      writeFileSync(
        probe,
        `import { createRequire } from "node:module";
        process.on("exit", () => console.log("probe " + JSON.stringify({
          script: process.argv[1],
          execArgv: process.execArgv,
          extensions: Object.keys(createRequire(import.meta.url)("node:module")._extensions),
        })));`,
      );
      const { options, script } = startCommand();
      // A setting it refuses ends the start right after the configuration is read.
      const outcome = await run(process.execPath, [...options, script], {
        cwd: root,
        timeout: 120_000,
        env: {
          ...process.env,
          NODE_OPTIONS: `--import ${probe}`,
          PORT: "not-a-port",
          KEYWARD_DATA_DIR: scratch,
        },
      }).then(
        () => ({ stdout: "", stderr: "exited 0" }),
        (error: { stdout: string; stderr: string }) => error,
      );
      expect(outcome.stderr).toContain("keyward: failed to start:");
      expect(outcome.stderr).toContain("PORT");
      const line = outcome.stdout.split("\n").find((text) => text.startsWith("probe ")) ?? "probe {}";
      const seen = JSON.parse(line.slice("probe ".length)) as {
        script?: string;
        execArgv?: string[];
        extensions?: string[];
      };
      expect(seen.script).toMatch(/\.m?js$/);
      expect(seen.execArgv?.join(" ")).not.toMatch(/tsx/);
      // tsx teaches require() TypeScript as it loads; Node alone knows no .ts module.
      expect(seen.extensions).toEqual(expect.arrayContaining([".js"]));
      expect(seen.extensions).not.toContain(".ts");
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  it("does not load every route's code at start", async () => {
    const config = await nextConfig(PHASE_PRODUCTION_SERVER);
    expect(config.experimental?.preloadEntriesOnStart).toBe(false);
  });

  // next-intl's plugin imports its message extractor, which loads @swc/core's native
  // binding (~20 MB); the build needs the plugin, the production server does not.
  it("reads Next.js's configuration without loading next-intl's build plugin, which the build still gets", async () => {
    const probe = `
      import { readFileSync } from "node:fs";
      const { default: config } = await import(${JSON.stringify(pathToFileURL(path.join(root, "next.config.mjs")).href)});
      if (typeof config === "function") await config(${JSON.stringify(PHASE_PRODUCTION_SERVER)});
      const native = readFileSync("/proc/self/maps", "utf8").split("\\n").filter((line) => line.includes("swc"));
      console.log(JSON.stringify(native));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", probe], {
      cwd: root,
      timeout: 60_000,
    });
    expect(JSON.parse(stdout.trim().split("\n").at(-1) ?? "null")).toEqual([]);
    const build = await nextConfig(PHASE_PRODUCTION_BUILD);
    expect(build.turbopack?.resolveAlias?.["next-intl/config"]).toBe("./lib/i18n/request.ts");
  });
});

type NextConfig = {
  experimental?: { preloadEntriesOnStart?: boolean };
  turbopack?: { resolveAlias?: Record<string, string> };
};

async function nextConfig(phase: string): Promise<NextConfig> {
  const loaded = (await import(pathToFileURL(path.join(root, "next.config.mjs")).href)) as {
    default: NextConfig | ((phase: string) => Promise<NextConfig>);
  };
  return typeof loaded.default === "function" ? loaded.default(phase) : loaded.default;
}
