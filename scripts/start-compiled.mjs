// `npm start`: scripts/start.ts compiled into plain JavaScript, compiled first when missing
// or older than its sources. Without tsx a production process saves ~23 MB (its loader
// thread and the transform of every module; README, B4). `npm run dev` still runs the
// TypeScript through tsx. Forked workers run this file too and use what the primary checked.
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { COMPILED_ENTRY, compiledStartIsStale } from "./start/compiled-start.mjs";

const root = path.resolve(import.meta.dirname, "..");
if (cluster.isPrimary && compiledStartIsStale(root)) {
  const compile = path.join(root, "scripts", "start", "compile-start.mjs");
  const result = spawnSync(process.execPath, [compile], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import(pathToFileURL(path.join(root, COMPILED_ENTRY)).href);
