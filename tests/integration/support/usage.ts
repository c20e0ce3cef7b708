import { db } from "@/lib/db/client";
import { retentionStartHour } from "@/lib/usage/time";
import { createTestAccount } from "./fixtures";
import { issueToken } from "./tokens";

// A new token with one hourly count just past the retention period at `now`: what the
// retention purge must delete.
export async function tokenWithExpiredUsage(now: Date): Promise<string> {
  const { actors } = await createTestAccount();
  const { tokenId } = await issueToken(actors.administrator);
  await db().tokenUsageHour.create({
    data: { tokenId, hour: retentionStartHour(now) - 1, outcome: "ok", count: 1 },
  });
  return tokenId;
}
