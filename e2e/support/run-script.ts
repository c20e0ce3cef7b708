import { execFileSync } from "node:child_process";
import { E2E_SERVER_ENV } from "./e2e-env";

// Runs a TypeScript script of the project against the end-to-end database, the same way
// the start command runs its own code (tsx + the server-only hook).
export function runScript(file: string, args: string[] = []): string {
  return execFileSync(
    process.execPath,
    ["--import", "./scripts/hooks/register.mjs", "--import", "tsx", file, ...args],
    { env: { ...process.env, ...E2E_SERVER_ENV }, encoding: "utf8" },
  );
}
