import "server-only";
import { db as defaultDb, type DbClient } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import { queueWebhookEvent } from "./outbox";

const DAY_MS = 24 * 60 * 60 * 1000;
// token.expiring is sent once a token is this close to its expiry.
export const EXPIRING_WITHIN_MS = 7 * DAY_MS;
// token.expired is sent for tokens that expired at most this long ago, so the first scan
// after an upgrade (or after a long stop) does not report every token that ever expired.
export const EXPIRED_LOOKBACK_MS = 7 * DAY_MS;
const PAGE = 200;

type Kind = "expiring" | "expired";

export type ExpiryScanOptions = { db?: DbClient; clock?: () => Date; signal?: AbortSignal };

// Queues token.expiring and token.expired for live (not revoked) tokens of accounts with an
// enabled endpoint, each once per token and expiry date: the TokenExpiryEvent row is written
// in the same transaction as the deliveries, and its key refuses a second one, so reruns and
// racing instances queue nothing twice. A reset or an extension gives a new expiry date,
// which gets its own events.
export async function queueExpiryEvents(options: ExpiryScanOptions = {}): Promise<number> {
  const client = options.db ?? defaultDb();
  const now = (options.clock ?? (() => new Date()))();
  const windows: Record<Kind, { gt: Date; lte: Date }> = {
    expiring: { gt: now, lte: new Date(now.getTime() + EXPIRING_WITHIN_MS) },
    expired: { gt: new Date(now.getTime() - EXPIRED_LOOKBACK_MS), lte: now },
  };
  let queued = 0;
  for (const kind of ["expiring", "expired"] as const) {
    let cursor: string | undefined;
    for (;;) {
      if (options.signal?.aborted) return queued;
      const page = await client.apiToken.findMany({
        where: {
          revokedAt: null,
          expiresAt: windows[kind],
          account: { webhookEndpoints: { some: { enabled: true } } },
        },
        orderBy: { id: "asc" },
        take: PAGE,
        ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
        select: {
          id: true,
          accountId: true,
          name: true,
          hint: true,
          expiresAt: true,
          expiryEvents: { where: { kind }, select: { expiresAt: true } },
        },
      });
      for (const token of page) {
        const expiresAt = token.expiresAt;
        if (!expiresAt || token.expiryEvents.some((e) => e.expiresAt.getTime() === expiresAt.getTime()))
          continue;
        if (await queueOnce(client, kind, { ...token, expiresAt }, now)) queued++;
      }
      if (page.length < PAGE) break;
      cursor = page.at(-1)?.id;
    }
  }
  return queued;
}

async function queueOnce(
  client: DbClient,
  kind: Kind,
  token: { id: string; accountId: string; name: string; hint: string; expiresAt: Date },
  now: Date,
): Promise<boolean> {
  try {
    await client.$transaction(async (tx) => {
      await tx.tokenExpiryEvent.create({ data: { tokenId: token.id, kind, expiresAt: token.expiresAt } });
      await queueWebhookEvent(tx, {
        accountId: token.accountId,
        type: kind === "expiring" ? "token.expiring" : "token.expired",
        at: now,
        data: {
          token: {
            id: token.id,
            name: token.name,
            hint: token.hint,
            expiresAt: token.expiresAt.toISOString(),
          },
        },
      });
    });
    return true;
  } catch (error) {
    // Another instance queued it first.
    if (isUniqueConstraintError(error)) return false;
    throw error;
  }
}
