// `npm run audit:verify [-- --account <id>]`: checks every account's audit chain in
// DATABASE_URL (or the embedded SQLite file) and reports the first broken link of each.
// Exit code 1 when any chain is broken, 2 when the log cannot be read at all.
import { describeChainReport, verifyAuditChain } from "@/lib/audit/verify-chain";
import { resolveDatabaseUrl } from "@/lib/config/database-url";
import { createDbClient } from "@/lib/db/client";

const accountFlag = process.argv.indexOf("--account");
const accountId = accountFlag >= 0 ? process.argv[accountFlag + 1] : undefined;

const client = createDbClient(resolveDatabaseUrl(process.env.DATABASE_URL));
try {
  const report = await verifyAuditChain(client, { accountId });
  for (const line of describeChainReport(report)) console.log(`keyward audit: ${line}`);
  process.exitCode = report.breaks.length > 0 ? 1 : 0;
} catch (error) {
  // Prisma's messages start with the call site; their last line says what went wrong.
  const lines = (error instanceof Error ? error.message : String(error)).split("\n").filter((l) => l.trim());
  console.error(`keyward audit: cannot read the audit log: ${lines.at(-1) ?? "unknown error"}`);
  process.exitCode = 2;
} finally {
  await client.$disconnect();
}
