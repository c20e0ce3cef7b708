// `npm run audit:verify [-- --account <id>] [-- --anchor FILE]`: checks every account's audit
// chain in DATABASE_URL (or the embedded SQLite file) and reports the first broken link of
// each. With --anchor, also checks each account's (seq, hash) saved in FILE by the previous
// run is still there, unchanged, and then saves the current ones (FILE is created when
// missing, and left as it was when anything is broken, so the evidence stays).
// Exit code 1 when any chain is broken, 2 when the log, the key or the anchor cannot be read.
import { readAnchorFile, writeAnchorFile } from "@/lib/audit/anchor-file";
import { describeChainReport, verifyAuditChain } from "@/lib/audit/verify-chain";
import { auditKeySchema } from "@/lib/config/audit-key";
import { toolConfig, type ToolConfig } from "@/lib/config/env";
import { readLocalSecrets } from "@/lib/config/local-secrets";
import { createDbClient } from "@/lib/db/client";

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith("--")) fail(`${name} needs a value`);
  return value;
}

function fail(reason: string): never {
  console.error(`keyward audit: ${reason}`);
  process.exit(2);
}

function unreadable(reason: string): never {
  fail(`cannot read the audit log: ${reason}`);
}

function lastLine(error: unknown): string {
  // Prisma's messages start with the call site; their last line says what went wrong.
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((l) => l.trim());
  return lines.at(-1) ?? "unknown error";
}

let settings: ToolConfig;
try {
  settings = toolConfig();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const accountId = flag("--account");
const anchorPath = flag("--anchor");

// Read, never generated: a new key would only make every keyed event look altered.
function localAuditKey(): string | undefined {
  try {
    return readLocalSecrets()?.auditKey;
  } catch (error) {
    unreadable(`data/secrets.json: ${lastLine(error)}`);
  }
}
const key = auditKeySchema.safeParse(settings.auditKey || localAuditKey());
if (!key.success) {
  unreadable(
    `${key.error.issues[0]?.message ?? "no audit key"} (set it, or run where data/secrets.json holds it)`,
  );
}

let saved: ReturnType<typeof readAnchorFile>;
try {
  saved = anchorPath ? readAnchorFile(anchorPath) : undefined;
} catch (error) {
  fail(`cannot read the anchor: ${lastLine(error)}`);
}
// With --account, only that account's anchor is checked and refreshed.
const anchors =
  saved && accountId ? Object.fromEntries(Object.entries(saved).filter(([id]) => id === accountId)) : saved;

const client = createDbClient(settings.databaseUrl);
try {
  const report = await verifyAuditChain(client, { key: key.data, accountId, anchors });
  for (const line of describeChainReport(report)) console.log(`keyward audit: ${line}`);
  const broken = report.breaks.length > 0;
  if (anchorPath && !broken) {
    try {
      writeAnchorFile(anchorPath, { ...saved, ...report.heads });
    } catch (error) {
      fail(`cannot write the anchor: ${lastLine(error)}`);
    }
    const verb = saved ? "refreshed" : "written";
    console.log(
      `keyward audit: anchor ${verb}: ${anchorPath} (${Object.keys(report.heads).length} account(s))`,
    );
  }
  process.exitCode = broken ? 1 : 0;
} catch (error) {
  console.error(`keyward audit: cannot read the audit log: ${lastLine(error)}`);
  process.exitCode = 2;
} finally {
  await client.$disconnect();
}
