// Compiles scripts/start.ts and the setup child, with the modules of Keyward they import,
// into plain JavaScript under dist/start (run by scripts/start-compiled.mjs when stale).
// Packages stay external, loaded from node_modules as before; code loaded by a dynamic
// import stays in a chunk of its own, loaded only by the processes that ask for it.
import { rmSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { COMPILED_DIR, recordCompiledStart } from "./compiled-start.mjs";

const root = path.resolve(import.meta.dirname, "..", "..");

// As scripts/hooks/server-only-hooks.mjs does for tsx: Keyward's own processes are server
// code, so the `server-only` marker is its empty variant, and no loader hook is needed.
const serverOnly = {
  name: "server-only",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "server-only" }));
    build.onLoad({ filter: /.*/, namespace: "server-only" }, () => ({ contents: "" }));
  },
};

const startedAt = Date.now();
rmSync(path.join(root, COMPILED_DIR), { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: ["scripts/start.ts", "scripts/start/setup-child.ts"],
  outbase: "scripts",
  outdir: COMPILED_DIR,
  chunkNames: "chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  plugins: [serverOnly],
  metafile: true,
  logLevel: "warning",
});
const inputs = Object.keys(metafile.inputs).filter((input) => !input.includes(":"));
recordCompiledStart(root, startedAt, inputs);
