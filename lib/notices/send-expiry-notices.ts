import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordSystemAuditEvent } from "@/lib/audit/record-event";
import { db } from "@/lib/db/client";
import { claimNotice, dropClaims, markSent, releaseClaims } from "./claims";
import { composeNotice } from "./compose";
import { dueNotice, type NoticeKind } from "./due";
import { currentToken, dueTokensPage, type DueToken } from "./due-tokens";
import { SendFailure, type Mailer } from "./mailer";
import type { NoticeRecipient } from "./recipients";

export type NoticeRunOptions = {
  mailer: Mailer;
  // The console's public URL, for the link to the token's page.
  publicUrl: string;
  now: () => Date;
  signal?: AbortSignal;
  log?: (line: string) => void;
  pageSize?: number;
};

export type NoticeRunSummary = { sent: number; refused: number; unreachable: boolean };

type Claim = { id: string; recipient: NoticeRecipient };

const PAGE_SIZE = 200;

// One pass over every token that may be due an expiry notice (README, "Notices"). Each
// notice to each address is claimed in the database before it is sent and marked sent
// after, with its audit event: a rerun, or another instance, never sends it twice. A mail
// server that cannot be reached ends the pass; its claims are released for the next one.
export async function sendExpiryNotices(options: NoticeRunOptions): Promise<NoticeRunSummary> {
  const { signal, pageSize = PAGE_SIZE } = options;
  const summary: NoticeRunSummary = { sent: 0, refused: 0, unreachable: false };
  const now = options.now();
  let after: string | null = null;
  while (!signal?.aborted && !summary.unreachable) {
    const page = await dueTokensPage(db(), now, { after, size: pageSize });
    const alreadySent = await sentKeys(page.map((token) => token.id));
    for (const token of page) {
      if (signal?.aborted || summary.unreachable) break;
      const kind = dueNotice(token.expiresAt, now);
      if (!kind) continue;
      const pending = token.recipients.filter(
        (r) => !alreadySent.has(keyOf(token.id, kind, token.expiresAt, r.email)),
      );
      if (pending.length > 0) await noticeToken(token, kind, pending, now, options, summary);
    }
    const last = page.at(-1);
    if (!last || page.length < pageSize) break;
    after = last.id;
  }
  if (summary.sent > 0 || summary.refused > 0 || summary.unreachable) {
    const log = options.log ?? ((line: string) => console.info(line));
    log(
      `keyward: expiry notices: ${summary.sent} sent, ${summary.refused} refused by the mail server` +
        (summary.unreachable
          ? "; the mail server could not be reached, the rest waits for the next run"
          : ""),
    );
  }
  return summary;
}

const keyOf = (tokenId: string, kind: NoticeKind, expiresAt: Date, email: string) =>
  `${tokenId} ${kind} ${expiresAt.toISOString()} ${email}`;

async function sentKeys(tokenIds: string[]): Promise<Set<string>> {
  if (tokenIds.length === 0) return new Set();
  const rows = await db().tokenNotice.findMany({
    where: { tokenId: { in: tokenIds }, sentAt: { not: null } },
    select: { tokenId: true, kind: true, expiresAt: true, email: true },
  });
  return new Set(rows.map((row) => keyOf(row.tokenId, row.kind as NoticeKind, row.expiresAt, row.email)));
}

async function noticeToken(
  token: DueToken,
  kind: NoticeKind,
  recipients: NoticeRecipient[],
  now: Date,
  options: NoticeRunOptions,
  summary: NoticeRunSummary,
): Promise<void> {
  const claims: Claim[] = [];
  for (const recipient of recipients) {
    const key = { tokenId: token.id, kind, expiresAt: token.expiresAt, email: recipient.email };
    const id = await claimNotice(db(), key, now);
    if (id) claims.push({ id, recipient });
  }
  if (claims.length === 0) return;

  // Decided at send time: a token changed since the page was read is judged as it is now.
  const current = await currentToken(db(), token.id);
  const stillDue =
    current !== null &&
    current.revokedAt === null &&
    current.disabledAt === null &&
    current.expiresAt?.getTime() === token.expiresAt.getTime() &&
    dueNotice(current.expiresAt, now) === kind;
  if (!stillDue) {
    await dropClaims(
      db(),
      claims.map((claim) => claim.id),
    );
    return;
  }

  const about = { ...token, name: current.name, hint: current.hint };
  const sent: Claim[] = [];
  for (const [index, claim] of claims.entries()) {
    if (options.signal?.aborted) {
      await releaseClaims(db(), ids(claims.slice(index)), { refused: false });
      break;
    }
    try {
      await options.mailer.send(
        claim.recipient.email,
        composeNotice(kind, about, claim.recipient.locale, options.publicUrl),
      );
      sent.push(claim);
    } catch (error) {
      if (!(error instanceof SendFailure)) throw error;
      if (error.reason === "refused") {
        summary.refused++;
        await releaseClaims(db(), [claim.id], { refused: true });
        continue;
      }
      summary.unreachable = true;
      await releaseClaims(db(), ids(claims.slice(index)), { refused: false });
      break;
    }
  }
  if (sent.length === 0) return;
  await auditedTransaction(async (tx) => {
    await markSent(tx, ids(sent), now);
    await recordSystemAuditEvent(
      tx,
      token.accountId,
      "token.notice_sent",
      { type: "token", id: token.id, label: current.name, hint: current.hint },
      {
        notice: { from: null, to: kind },
        recipients: { from: null, to: sent.map((claim) => claim.recipient.email) },
      },
    );
  });
  summary.sent += sent.length;
}

const ids = (claims: readonly Claim[]) => claims.map((claim) => claim.id);
