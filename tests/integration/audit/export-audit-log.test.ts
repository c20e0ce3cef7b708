import { describe, expect, it } from "vitest";
import { auditLogCsvStream } from "@/lib/audit/export-audit-log";
import type { AuditLogFilters } from "@/lib/audit/log-filters";
import { NO_AUDIT_FILTERS } from "@/tests/support/audit-filters";
import { auditEventBatches } from "@/lib/audit/queries/audit-event-batches";
import { listAuditEvents } from "@/lib/audit/queries/list-audit-events";
import { ROLES } from "@/lib/auth/roles";
import { appendEvents, day } from "../support/audit";
import { createTestAccount } from "../support/fixtures";

// The CSV export: the filtered view of the caller's own account, streamed in keyset batches,
// escaped and safe to open in a spreadsheet; refused to roles that may not see the log.
const filters = (overrides: Partial<AuditLogFilters> = {}): AuditLogFilters => ({
  ...NO_AUDIT_FILTERS,
  ...overrides,
});

// Keeps the byte order mark, so the test sees exactly what a spreadsheet receives.
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

// Splits RFC 4180 text into rows of fields (quoted fields may hold commas, quotes, CR/LF).
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  return rows;
}

async function accountWithTrickyEvents() {
  const account = await createTestAccount();
  await appendEvents(account.accountId, [
    {
      occurredAt: day("2026-02-01"),
      action: "token.created",
      targetId: "tok_f",
      targetLabel: '=HYPERLINK("http://evil.example","x")',
      targetHint: "kw_ffff…0001",
    },
    {
      occurredAt: day("2026-02-02"),
      action: "token.updated",
      targetId: "tok_f",
      targetLabel: 'Line\r\nbreak, "quoted"',
      userAgent: "@agent",
      changes: { name: { from: "-1", to: "+1" } },
    },
    {
      occurredAt: day("2026-02-03"),
      action: "token.disabled",
      targetId: "tok_g",
      targetLabel: "Plain",
      actorLabel: "\tsneaky@test.example",
    },
  ]);
  return account;
}

describe("auditLogCsvStream", () => {
  it("writes a header and every matching event, escaped and neutralised", async () => {
    const { accountId, actors } = await accountWithTrickyEvents();
    const stream = auditLogCsvStream(
      { accountId, role: "support_staff" },
      filters({ sort: "when", dir: "asc" }),
    );
    if (!stream) throw new Error("support staff may export");
    const text = await readAll(stream);
    expect(text.startsWith("\uFEFFWhen (UTC),Actor,")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(4);
    const [header, created, updated, disabled] = rows;
    expect(header).toEqual([
      "When (UTC)",
      "Actor",
      "Actor type",
      "Action",
      "Target type",
      "Target",
      "Token hint",
      "Client address",
      "User agent",
      "Change",
    ]);
    expect(created?.[5]).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(updated?.[5]).toBe('Line\r\nbreak, "quoted"');
    expect(updated?.[8]).toBe("'@agent");
    expect(updated?.[9]).toBe("Name: -1 → +1");
    expect(disabled?.[1]).toBe("'\tsneaky@test.example");
    expect(disabled?.[0]).toBe("2026-02-03T12:00:00.000Z");
    expect(text).not.toContain(actors.administrator.email);
  });

  it("honours the filters and never includes another account's events", async () => {
    const mine = await accountWithTrickyEvents();
    const theirs = await accountWithTrickyEvents();
    await appendEvents(theirs.accountId, [
      { occurredAt: day("2026-02-02"), targetId: "tok_f", targetLabel: "Their secret project" },
    ]);
    const stream = auditLogCsvStream(
      { accountId: mine.accountId, role: "administrator" },
      filters({ token: "tok_f", from: new Date("2026-02-02") }),
    );
    if (!stream) throw new Error("administrators may export");
    const rows = parseCsv((await readAll(stream)).slice(1));
    expect(rows.map((r) => r[3])).toEqual(["Action", "Token edited"]);
    expect(JSON.stringify(rows)).not.toContain("Their secret project");
  });

  it.each(ROLES)("is %s allowed to export? (members are not)", async (role) => {
    const { accountId } = await accountWithTrickyEvents();
    const stream = auditLogCsvStream({ accountId, role }, filters());
    if (role === "member") expect(stream).toBeNull();
    else expect(parseCsv((await readAll(stream as ReadableStream<Uint8Array>)).slice(1))).toHaveLength(4);
  });
});

describe("auditEventBatches", () => {
  it.each([
    ["when", "desc"],
    ["action", "asc"],
    ["actor", "desc"],
  ] as const)(
    "walks the whole view sorted by %s %s in keyset batches, in the page's order",
    async (sort, dir) => {
      const { accountId } = await createTestAccount();
      const start = Date.UTC(2026, 2, 1);
      await appendEvents(
        accountId,
        Array.from({ length: 23 }, (_, i) => ({
          // Repeated times, actions and actors, so the id tie-break decides.
          occurredAt: new Date(start + Math.floor(i / 3) * 60_000),
          action: i % 2 ? "token.enabled" : "token.disabled",
          actorLabel: `user${i % 4}@test.example`,
          targetLabel: `T${i}`,
        })),
      );
      const view = filters({ sort, dir });
      const batches: number[] = [];
      const exported: number[] = [];
      for await (const batch of auditEventBatches(accountId, view, { batchSize: 5 })) {
        batches.push(batch.length);
        exported.push(...batch.map((e) => e.id));
      }
      expect(batches).toEqual([5, 5, 5, 5, 3]);
      const paged = await listAuditEvents(accountId, view);
      expect(exported).toEqual(paged.events.map((e) => e.id));
    },
  );
});
