import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

// The URL a probe imports one of the project's modules by (TypeScript, through tsx).
export const projectModule = (file: string): string => pathToFileURL(path.join(root, file)).href;

// Runs `code` (the body of an ES module) in a fresh Node process with V8's natives syntax on,
// as the server runs (Keyward's loader hooks and tsx), and returns what it printed last, as
// JSON. The code reaches V8's internal checks of one argument through `natives`, e.g.
// `natives("HasFastProperties", String.prototype)`: each is compiled at run time, so the
// file itself stays plain JavaScript.
export async function probeWithNatives(code: string): Promise<unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), "keyward-natives-"));
  const file = path.join(dir, "probe.mjs");
  const preamble =
    'const natives = (name, value) => new Function("value", `return %${name}(value)`)(value);\n';
  writeFileSync(file, preamble + code);
  try {
    const { stdout } = await run(
      process.execPath,
      ["--allow-natives-syntax", "--import", "./scripts/hooks/register.mjs", "--import", "tsx", file],
      { cwd: root, timeout: 60_000 },
    );
    return JSON.parse(stdout.trim().split("\n").at(-1) ?? "null");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
