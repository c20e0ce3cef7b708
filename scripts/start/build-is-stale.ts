import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.mjs",
  "instrumentation-client.ts",
  "package-lock.json",
  "postcss.config.mjs",
];
const SKIP = new Set(["node_modules", "generated", ".next"]);
const STAMP = path.join(".next", "keyward-build.json");

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (SKIP.has(entry)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

// The build embeds the server-actions encryption key, so a build made with another key is
// as stale as one older than its sources.
function keyFingerprint(serverActionsKey: string): string {
  return createHash("sha256").update(serverActionsKey).digest("hex");
}

export function buildIsStale(root: string, serverActionsKey: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const stamp = path.join(root, STAMP);
  if (!existsSync(buildId) || !existsSync(stamp)) return true;
  const recorded = JSON.parse(readFileSync(stamp, "utf8")) as { key?: string };
  if (recorded.key !== keyFingerprint(serverActionsKey)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > builtAt);
}

export function recordBuild(root: string, serverActionsKey: string): void {
  writeFileSync(path.join(root, STAMP), JSON.stringify({ key: keyFingerprint(serverActionsKey) }));
}
