// Another instance for tests/integration/usage/storage.test.ts: a process of its own, with
// its own connection, counting verifications and flushing them to the same database.
//   other-instance.ts <rounds> <tokenId>...
import { db, disconnectDb } from "@/lib/db/client";
import { UsageRecorder } from "@/lib/usage/recorder";
import { writeUsageBatch } from "@/lib/usage/write-usage";
import { noteRound } from "./rounds";

const [rounds, ...tokenIds] = process.argv.slice(2);
const usage = new UsageRecorder((batch) => writeUsageBatch(db(), batch), {
  intervalMs: 60_000,
  counting: true,
});
await db().$queryRaw`SELECT 1`;
process.stdout.write("ready\n");
for (let round = 0; round < Number(rounds); round++) {
  noteRound(usage, tokenIds, new Date());
  await usage.flush();
}
await disconnectDb();
