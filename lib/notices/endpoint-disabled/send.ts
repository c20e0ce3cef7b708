import "server-only";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordSystemAuditEvent } from "@/lib/audit/record-event";
import { db } from "@/lib/db/client";
import { FAILING_REASON } from "@/lib/webhooks/delivery/endpoint-health";
import { SendFailure } from "../mailer";
import { administratorRecipients } from "../recipients";
import type { NoticeRunOptions } from "../send-expiry-notices";
import { composeEndpointDisabled } from "./compose";

export type EndpointNoticeSummary = {
  endpoints: number;
  sent: number;
  refused: number;
  unreachable: boolean;
};

const PAGE_SIZE = 100;

// Endpoints Keyward disabled for failing whose administrators were not told yet.
const untold = { enabled: false, disabledReason: FAILING_REASON, adminsToldAt: null };

// Tells the administrators of every endpoint Keyward disabled after 24 hours of failures
// (README, "Webhooks"). Each endpoint is claimed by a conditional update before its mail
// goes out, so of two runs only one writes; a mail server that cannot be reached ends the
// run and releases the claim, so the next run tells them.
export async function sendEndpointDisabledNotices(options: NoticeRunOptions): Promise<EndpointNoticeSummary> {
  const summary: EndpointNoticeSummary = { endpoints: 0, sent: 0, refused: 0, unreachable: false };
  const now = options.now();
  while (!options.signal?.aborted && !summary.unreachable) {
    // Every endpoint read leaves this set (claimed here or by another run) unless the mail
    // server is unreachable, which ends the loop.
    const page = await db().webhookEndpoint.findMany({
      where: untold,
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: { id: true, accountId: true, url: true, account: { select: { name: true } } },
    });
    for (const endpoint of page) {
      if (options.signal?.aborted || summary.unreachable) break;
      const claimed = await db().webhookEndpoint.updateMany({
        where: { id: endpoint.id, ...untold },
        data: { adminsToldAt: now },
      });
      if (claimed.count !== 1) continue;
      await tellAdministrators({ ...endpoint, accountName: endpoint.account.name }, now, options, summary);
    }
    if (page.length < PAGE_SIZE) break;
  }
  if (summary.sent > 0 || summary.refused > 0 || summary.unreachable) {
    const log = options.log ?? ((line: string) => console.info(line));
    log(
      `keyward: disabled endpoint notices: ${summary.sent} sent, ${summary.refused} refused by the mail server` +
        (summary.unreachable
          ? "; the mail server could not be reached, the rest waits for the next run"
          : ""),
    );
  }
  return summary;
}

async function tellAdministrators(
  endpoint: { id: string; accountId: string; url: string; accountName: string },
  now: Date,
  options: NoticeRunOptions,
  summary: EndpointNoticeSummary,
): Promise<void> {
  const memberships = await db().membership.findMany({
    where: { accountId: endpoint.accountId, role: "administrator" },
    select: {
      deactivatedAt: true,
      user: { select: { id: true, email: true, locale: true, isTechnical: true } },
    },
  });
  const recipients = administratorRecipients(
    memberships.map(({ user, deactivatedAt }) => ({
      userId: user.id,
      email: user.email,
      locale: user.locale,
      isTechnical: user.isTechnical,
      active: deactivatedAt === null,
    })),
  );
  const told: string[] = [];
  for (const recipient of recipients) {
    try {
      await options.mailer.send(
        recipient.email,
        composeEndpointDisabled(endpoint, recipient.locale, options.publicUrl),
      );
      told.push(recipient.email);
      summary.sent++;
    } catch (error) {
      if (!(error instanceof SendFailure)) throw error;
      // A refused address (a mistyped one) does not hold up the others, nor come back.
      if (error.reason === "refused") {
        summary.refused++;
        continue;
      }
      summary.unreachable = true;
      await db().webhookEndpoint.updateMany({
        where: { id: endpoint.id, adminsToldAt: now },
        data: { adminsToldAt: null },
      });
      return;
    }
  }
  await auditedTransaction((tx) =>
    recordSystemAuditEvent(
      tx,
      endpoint.accountId,
      "webhook.endpoint_admins_told",
      { type: "webhook", id: endpoint.id, label: endpoint.url },
      { recipients: { from: null, to: told } },
    ),
  );
  summary.endpoints++;
}
