// Another worker process for tests/integration/audit/busy-processes.test.ts: its own account
// and token on the same database, disabled and enabled `rounds` times through the command.
//   toggling-process.ts <rounds>
import { disconnectDb } from "@/lib/db/client";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { createTestAccount } from "../support/fixtures";
import { issueToken } from "../support/tokens";

const rounds = Number(process.argv[2]);
const { actors } = await createTestAccount();
const { tokenId } = await issueToken(actors.administrator);
process.stdout.write("ready\n");
let failures = 0;
for (let round = 0; round < rounds; round++) {
  const result = await setTokenEnabled(actors.administrator, tokenId, round % 2 === 1).catch(
    (error: unknown) => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
  );
  if (!result.ok) {
    failures += 1;
    process.stderr.write(`${"message" in result ? String(result.message) : "refused"}\n`);
  }
}
process.stdout.write(`failures ${failures}\n`);
await disconnectDb();
