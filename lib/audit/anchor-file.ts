import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { z } from "zod";
import type { ChainAnchors } from "./verify-chain";

// The anchor file of `npm run audit:verify -- --anchor FILE`: each account's newest (seq,
// hash) when the log last verified. Kept outside the database (ideally where its owner
// cannot write), it shows what the chain alone cannot: that the newest events were removed.

const anchorFileSchema = z.object({
  format: z.literal("keyward-audit-anchor/1"),
  writtenAt: z.string(),
  accounts: z.record(
    z.string().min(1).max(200),
    z.object({ seq: z.number().int().min(1), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});

// Undefined when the file does not exist; throws (with the file's name) when it exists but
// is not an anchor file, so a damaged anchor is never mistaken for a missing one.
export function readAnchorFile(file: string): ChainAnchors | undefined {
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
  const parsed = anchorFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a Keyward audit anchor file`);
  return parsed.data.accounts;
}

// Replaces the file in one rename, so a crash never leaves half an anchor behind; mode
// 0600 because it names every account.
export function writeAnchorFile(file: string, accounts: ChainAnchors, now = new Date()): void {
  const content = { format: "keyward-audit-anchor/1", writtenAt: now.toISOString(), accounts };
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(content, null, 2) + "\n", { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}
