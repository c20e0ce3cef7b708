import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// `npm start` runs scripts/start.ts compiled ahead of time into plain JavaScript
// (scripts/start/compile-start.mjs), so a production process loads neither tsx nor its
// loader thread. Plain JavaScript itself: it runs before anything is compiled.
export const COMPILED_DIR = path.join("dist", "start");
export const COMPILED_ENTRY = path.join(COMPILED_DIR, "start.js");
const RECORD = path.join(COMPILED_DIR, "inputs.json");

// Besides the modules bundled, what decides how they compile or resolve.
const SETTINGS = ["tsconfig.json", "package.json", "package-lock.json", "scripts/start/compile-start.mjs"];

function mtimeMs(file) {
  return existsSync(file) ? statSync(file).mtimeMs : Infinity;
}

// Stale when missing, or when a module it bundled, a folder holding one (a file added there
// may change what an import resolves to) or a setting changed after the compile began.
export function compiledStartIsStale(root) {
  const record = path.join(root, RECORD);
  if (!existsSync(path.join(root, COMPILED_ENTRY)) || !existsSync(record)) return true;
  const { startedAt, inputs } = JSON.parse(readFileSync(record, "utf8"));
  const folders = new Set(inputs.map((input) => path.dirname(input)));
  return [...SETTINGS, ...inputs, ...folders].some((file) => mtimeMs(path.join(root, file)) > startedAt);
}

export function recordCompiledStart(root, startedAt, inputs) {
  writeFileSync(path.join(root, RECORD), JSON.stringify({ startedAt, inputs }));
}
