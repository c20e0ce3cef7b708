import "server-only";
import type { DbClient, DbTransaction } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { CHAIN_UNKEYED } from "./chain";
import { appendChainedEvent } from "./record-event";

// Accounts whose newest event is unkeyed (written before KEYWARD_AUDIT_KEY existed) get one
// keyed event, "audit.chain_sealed", linked to that newest event. From then on the unkeyed
// history is pinned by a hash only the key can produce: rewriting it, or appending unkeyed
// events after it, breaks the chain. lib/audit/verify-chain.ts treats unkeyed events with
// no keyed event after them as broken, so an intruder cannot pass a whole chain off as
// unkeyed. Runs at every start (scripts/start/setup-database.ts), and does nothing once
// every account is sealed.
export async function sealUnkeyedAuditChains(client: DbClient): Promise<{ sealed: number }> {
  const accounts = await client.account.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  let sealed = 0;
  const newestOf = (tx: DbTransaction | DbClient, accountId: string) =>
    tx.auditEvent.findFirst({
      where: { accountId },
      orderBy: { seq: "desc" },
      select: { seq: true, chainVersion: true },
    });
  for (const { id: accountId } of accounts) {
    // One indexed read per account on every start; a transaction only when there is work.
    if ((await newestOf(client, accountId))?.chainVersion !== CHAIN_UNKEYED) continue;
    try {
      const didSeal = await client.$transaction(async (tx) => {
        const newest = await newestOf(tx, accountId);
        if (!newest || newest.chainVersion !== CHAIN_UNKEYED) return false;
        await appendChainedEvent(tx, {
          accountId,
          occurredAt: new Date(),
          actorUserId: null,
          actorTokenId: null,
          actorLabel: "Keyward",
          action: "audit.chain_sealed",
          targetType: "account",
          targetId: accountId,
          targetLabel: null,
          targetHint: null,
          ipAddress: null,
          userAgent: null,
          changes: JSON.stringify({ unkeyedEventsUpTo: { from: null, to: newest.seq } }),
        });
        return true;
      });
      if (didSeal) sealed++;
    } catch (error) {
      // Another instance starting at the same moment appended first; its event seals it.
      if (!isUniqueConstraintError(error)) throw error;
    }
  }
  return { sealed };
}
