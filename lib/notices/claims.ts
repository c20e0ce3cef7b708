import "server-only";
import type { DbClient, DbTransaction } from "@/lib/db/client";
import { isUniqueConstraintError } from "@/lib/db/errors";
import type { NoticeKind } from "./due";

// One notice to one address about one expiry of one token: the unique key of TokenNotice.
export type NoticeKey = { tokenId: string; kind: NoticeKind; expiresAt: Date; email: string };

// How long a claim holds before another run may take it over: longer than any send can
// take (the mailer's timeouts add up to well under a minute), short enough that a notice
// whose sender died mid-way is not late by much.
export const CLAIM_LEASE_MS = 15 * 60 * 1000;

// A recipient the mail server refused this many times is given up on (a mistyped contact).
// A server that could not be reached counts nothing: the notice waits for it.
export const MAX_ATTEMPTS = 5;

const RELEASED = new Date(0);

// Claims the notice for this run, or answers null when it is sent, being sent by another
// run, or given up on. The claim is its own committed statement, so a second instance sees
// it at once; the unique key decides between two that try at the same moment.
export async function claimNotice(client: DbClient, key: NoticeKey, now: Date): Promise<string | null> {
  try {
    const created = await client.tokenNotice.create({
      data: { ...key, claimedAt: now },
      select: { id: true },
    });
    return created.id;
  } catch (error) {
    if (!isUniqueConstraintError(error)) throw error;
  }
  const existing = await client.tokenNotice.findUnique({
    where: { tokenId_kind_expiresAt_email: key },
    select: { id: true, sentAt: true, claimedAt: true, attempts: true },
  });
  if (!existing || existing.sentAt || existing.attempts >= MAX_ATTEMPTS) return null;
  // Compare-and-set on the claim seen: of two runs taking over the same expired claim, one wins.
  const taken = await client.tokenNotice.updateMany({
    where: {
      id: existing.id,
      sentAt: null,
      claimedAt: { equals: existing.claimedAt, lte: new Date(now.getTime() - CLAIM_LEASE_MS) },
    },
    data: { claimedAt: now },
  });
  return taken.count === 1 ? existing.id : null;
}

// A send that failed: the next run may try again at once.
export async function releaseClaims(
  client: DbClient,
  ids: readonly string[],
  { refused }: { refused: boolean },
): Promise<void> {
  if (ids.length === 0) return;
  await client.tokenNotice.updateMany({
    where: { id: { in: [...ids] }, sentAt: null },
    data: { claimedAt: RELEASED, ...(refused ? { attempts: { increment: 1 } } : {}) },
  });
}

// A notice no longer due (the token changed since it was claimed): nothing to keep.
export async function dropClaims(client: DbClient, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.tokenNotice.deleteMany({ where: { id: { in: [...ids] }, sentAt: null } });
}

export async function markSent(tx: DbTransaction, ids: readonly string[], now: Date): Promise<void> {
  await tx.tokenNotice.updateMany({ where: { id: { in: [...ids] }, sentAt: null }, data: { sentAt: now } });
}
