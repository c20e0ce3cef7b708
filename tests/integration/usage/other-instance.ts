// Another instance for tests/integration/usage/storage.test.ts: a process of its own, with
// its own connection, counting verifications and flushing them to the same database.
//   other-instance.ts <rounds> <tokenId>...
import { config } from "@/lib/config/env";
import { db, disconnectDb } from "@/lib/db/client";
import { UsageRecorder } from "@/lib/usage/recorder";
import { usageWriter } from "@/lib/usage/usage-writer";
import { noteRound } from "./rounds";

const [rounds, ...tokenIds] = process.argv.slice(2);
const writer = usageWriter(config().databaseUrl);
const usage = new UsageRecorder(writer.write, { intervalMs: 60_000, counting: true, onStop: writer.close });
await db().$queryRaw`SELECT 1`;
process.stdout.write("ready\n");
for (let round = 0; round < Number(rounds); round++) {
  noteRound(usage, tokenIds, new Date());
  await usage.flush();
}
await usage.stop();
await disconnectDb();
