import { describe, expect, it } from "vitest";
import { auditLogCsvStream } from "@/lib/audit/export-audit-log";
import { listAuditEvents } from "@/lib/audit/queries/list-audit-events";
import { db } from "@/lib/db/client";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { loadTokenPage } from "@/lib/tokens/queries/token-page";
import { NO_AUDIT_FILTERS } from "@/tests/support/audit-filters";
import { appendEvents, day } from "../support/audit";
import { catalogue, createTestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";

// The "Change" of an event reads as people, dates and labels — on the audit page, in its
// CSV export and in the token page's history — never as ids or ISO strings, and a person
// reads as they were when the event was written.
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CUID = /\bc[a-z0-9]{20,}\b/;

async function csvOf(accountId: string): Promise<string> {
  const stream = auditLogCsvStream({ accountId, role: "support_staff" }, NO_AUDIT_FILTERS);
  return new Response(stream).text();
}

describe("readable changes", () => {
  it("names the owner as they were, dates as dates, sections and version by their labels", async () => {
    const account = await createTestAccount();
    const admin = account.actors.administrator;
    const c = await catalogue();
    const robot = await db().user.findUniqueOrThrow({ where: { id: account.technicalUserId } });
    const token = await issueToken(admin, {
      ownerId: robot.id,
      sectionIds: [c.section("leads"), c.section("reports")],
      expiration: "custom",
      customDate: "2027-12-02",
    });
    succeeded(await resetToken(admin, token.tokenId, { grace: "24h" }));
    succeeded(await revokeToken(admin, token.tokenId));
    // The owner changes their name and leaves: the events still name them as they were.
    await db().user.update({ where: { id: robot.id }, data: { name: "Renamed robot" } });
    succeeded(await deactivateMember(admin, robot.id));

    const log = await listAuditEvents(account.accountId, { ...NO_AUDIT_FILTERS, token: token.tokenId });
    const created = log.events.find((event) => event.action === "token.created");
    const lines = Object.fromEntries((created?.changes ?? []).map((line) => [line.field, line.to]));
    expect(lines.owner).toBe(`${robot.name} (${robot.email})`);
    expect(lines.sections).toBe("Leads, Reports");
    expect(lines.expiresAt).toBe("Dec 2, 2027, 11:59 PM UTC");
    expect(lines.apiVersion).toBe(c.versions[0]?.name);

    const page = await loadTokenPage({ accountId: account.accountId, role: "support_staff" }, token.tokenId);
    const csv = await csvOf(account.accountId);
    for (const text of [
      JSON.stringify(log.events.map((e) => e.changes)),
      JSON.stringify(page?.history.map((e) => e.changes)),
      csv
        .split("\r\n")
        .map((row) => row.split(",").slice(1).join(","))
        .join("\n"),
    ]) {
      expect(text).toContain(`${robot.name} (${robot.email})`);
      expect(text).not.toContain("Renamed robot");
      expect(text).not.toMatch(ISO);
      expect(text).not.toMatch(CUID);
    }
    expect(csv).toContain("Revoked: — → ");
    expect(csv).toMatch(/Old secret valid until: — → \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M UTC/);
  });

  it("reads an older event's bare owner id as the member is today, and never another account's", async () => {
    const account = await createTestAccount();
    const other = await createTestAccount();
    const robot = await db().user.findUniqueOrThrow({ where: { id: account.technicalUserId } });
    await appendEvents(account.accountId, [
      {
        occurredAt: day("2026-01-10"),
        action: "token.created",
        changes: { owner: { from: null, to: robot.id } },
      },
      {
        occurredAt: day("2026-01-11"),
        action: "token.created",
        targetId: "tok_2",
        changes: { owner: { from: null, to: other.actors.administrator.userId } },
      },
    ]);

    const log = await listAuditEvents(account.accountId, NO_AUDIT_FILTERS);
    const owners = log.events.map((event) => event.changes.find((line) => line.field === "owner")?.to);
    expect(owners).toEqual(["A user no longer in this account", `${robot.name} (${robot.email})`]);
    const csv = await csvOf(account.accountId);
    expect(csv).not.toContain(other.actors.administrator.email);
    expect(csv).not.toContain(robot.id);
  });
});
