import { describe, expect, it } from "vitest";
import type { AuditLogFilters } from "@/lib/audit/log-filters";
import { NO_AUDIT_FILTERS } from "@/tests/support/audit-filters";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/lib/audit/queries/list-audit-events";
import { db } from "@/lib/db/client";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { appendEvents, day } from "../support/audit";
import { createTestAccount, tokenInput } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";

// The audit page's query: the account's own events only, filtered, sorted and paged in the
// database, as DTOs that never carry a secret or the chain's hashes.
const filters = (overrides: Partial<AuditLogFilters> = {}): AuditLogFilters => ({
  ...NO_AUDIT_FILTERS,
  ...overrides,
});

async function seeded() {
  const account = await createTestAccount();
  await appendEvents(account.accountId, [
    {
      occurredAt: day("2026-01-05"),
      action: "token.created",
      actorLabel: "carol@test.example",
      targetId: "tok_a",
      targetLabel: "Billing sync",
      targetHint: "kw_aaaa…1111",
    },
    {
      occurredAt: day("2026-01-06"),
      action: "token.disabled",
      actorLabel: "alice@test.example",
      targetId: "tok_a",
      targetLabel: "Billing sync",
      targetHint: "kw_aaaa…1111",
    },
    {
      occurredAt: day("2026-01-07"),
      action: "token.created",
      actorLabel: "bob@test.example",
      targetId: "tok_b",
      targetLabel: "CRM export",
      targetHint: "kw_bbbb…2222",
    },
    {
      occurredAt: day("2026-01-08"),
      action: "account.api_access_disabled",
      actorLabel: "alice@test.example",
      targetType: "account",
      targetId: account.accountId,
      targetLabel: "Org",
    },
    {
      occurredAt: day("2026-01-09"),
      action: "token.enabled",
      actorLabel: "robot-token",
      actorTokenId: "tok_c",
      targetId: "tok_a",
      targetLabel: "Billing sync",
      targetHint: "kw_aaaa…1111",
    },
    {
      occurredAt: day("2026-01-10"),
      action: "member.role_changed",
      actorLabel: "alice@test.example",
      targetType: "user",
      targetId: "usr_1",
      targetLabel: "dave@test.example",
      changes: { role: { from: "member", to: "support_staff" } },
    },
  ]);
  return account;
}

const whens = (page: Awaited<ReturnType<typeof listAuditEvents>>) =>
  page.events.map((e) => e.occurredAt.slice(0, 10));

describe("listAuditEvents", () => {
  it("lists the account's events newest first, and never another account's", async () => {
    const mine = await seeded();
    const theirs = await seeded();
    const page = await listAuditEvents(mine.accountId, filters());
    expect(page.total).toBe(6);
    expect(whens(page)).toEqual([
      "2026-01-10",
      "2026-01-09",
      "2026-01-08",
      "2026-01-07",
      "2026-01-06",
      "2026-01-05",
    ]);
    const theirIds = new Set((await listAuditEvents(theirs.accountId, filters())).events.map((e) => e.id));
    expect(page.events.some((e) => theirIds.has(e.id))).toBe(false);
  });

  it("filters by action, actor, token id, token name or hint, and a date range", async () => {
    const { accountId } = await seeded();
    expect(whens(await listAuditEvents(accountId, filters({ action: "token.created" })))).toEqual([
      "2026-01-07",
      "2026-01-05",
    ]);
    expect(whens(await listAuditEvents(accountId, filters({ actor: "ALICE" })))).toEqual([
      "2026-01-10",
      "2026-01-08",
      "2026-01-06",
    ]);
    expect(whens(await listAuditEvents(accountId, filters({ actor: "robot" })))).toEqual(["2026-01-09"]);
    expect(whens(await listAuditEvents(accountId, filters({ token: "tok_a" })))).toEqual([
      "2026-01-09",
      "2026-01-06",
      "2026-01-05",
    ]);
    expect(whens(await listAuditEvents(accountId, filters({ tokenName: "crm" })))).toEqual(["2026-01-07"]);
    expect(whens(await listAuditEvents(accountId, filters({ tokenName: "2222" })))).toEqual(["2026-01-07"]);
    expect(
      whens(
        await listAuditEvents(
          accountId,
          filters({ from: new Date("2026-01-06"), to: new Date("2026-01-08") }),
        ),
      ),
    ).toEqual(["2026-01-08", "2026-01-07", "2026-01-06"]);
    const combined = await listAuditEvents(
      accountId,
      filters({ action: "token.created", actor: "bob", from: new Date("2026-01-06") }),
    );
    expect(whens(combined)).toEqual(["2026-01-07"]);
  });

  it("shows every target type sensibly, an API-side actor as a token, and changes before → after", async () => {
    const { accountId } = await seeded();
    const { events } = await listAuditEvents(accountId, filters());
    const byDay = (d: string) => events.find((e) => e.occurredAt.startsWith(d));
    expect(byDay("2026-01-10")).toMatchObject({
      actionLabel: "Member role changed",
      target: { type: "user", typeLabel: "User", label: "dave@test.example" },
      changes: [{ field: "role", label: "Role", from: "Member", to: "Support staff" }],
    });
    expect(byDay("2026-01-09")?.actor).toEqual({ label: "robot-token", kind: "token" });
    expect(byDay("2026-01-08")).toMatchObject({
      actionLabel: "API access turned off",
      target: { typeLabel: "Account" },
    });
    expect(JSON.stringify(events)).not.toMatch(/"hash"|prevHash/);
  });

  it("sorts by when, action and actor in both directions", async () => {
    const { accountId } = await seeded();
    expect(whens(await listAuditEvents(accountId, filters({ dir: "asc" })))[0]).toBe("2026-01-05");
    const byAction = await listAuditEvents(accountId, filters({ sort: "action", dir: "asc" }));
    expect(byAction.events.map((e) => e.action)).toEqual([
      "account.api_access_disabled",
      "member.role_changed",
      "token.created",
      "token.created",
      "token.disabled",
      "token.enabled",
    ]);
    const byActorDesc = await listAuditEvents(accountId, filters({ sort: "actor", dir: "desc" }));
    expect(byActorDesc.events.map((e) => e.actor.label)).toEqual([
      "robot-token",
      "carol@test.example",
      "bob@test.example",
      "alice@test.example",
      "alice@test.example",
      "alice@test.example",
    ]);
    // Ties keep the chosen direction on time as well.
    expect(whens(byActorDesc).slice(3)).toEqual(["2026-01-10", "2026-01-08", "2026-01-06"]);
  });

  it("pages in the database and clamps a page past the end to the last page", async () => {
    const { accountId } = await createTestAccount();
    const start = Date.UTC(2026, 0, 1);
    await appendEvents(
      accountId,
      Array.from({ length: AUDIT_PAGE_SIZE + 3 }, (_, i) => ({
        occurredAt: new Date(start + i * 60_000),
        targetLabel: `T${i}`,
      })),
    );
    const first = await listAuditEvents(accountId, filters());
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 3, page: 1, pageSize: AUDIT_PAGE_SIZE });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0]?.target.label).toBe(`T${AUDIT_PAGE_SIZE + 2}`);
    const second = await listAuditEvents(accountId, filters({ page: 2 }));
    expect(second.events.map((e) => e.target.label)).toEqual(["T2", "T1", "T0"]);
    expect((await listAuditEvents(accountId, filters({ page: 99 }))).page).toBe(2);
    expect((await listAuditEvents(accountId, filters({ page: -3 }))).page).toBe(1);
  });

  it("keeps a deleted token's history under its last name and hint", async () => {
    const { actors, accountId } = await createTestAccount();
    const admin = actors.administrator;
    const { tokenId } = await issueToken(admin, { name: "Old name" });
    succeeded(
      await updateToken(admin, tokenId, await tokenInput(admin, { name: "New name", expiration: "keep" })),
    );
    succeeded(await deleteToken(admin, tokenId));
    expect(await db().apiToken.count({ where: { id: tokenId } })).toBe(0);
    const history = await listAuditEvents(accountId, filters({ token: tokenId }));
    expect(history.events.map((e) => e.action)).toEqual(["token.deleted", "token.updated", "token.created"]);
    expect(history.historyOf).toEqual({
      id: tokenId,
      label: "New name",
      hint: expect.stringMatching(/^kw_/),
    });
    expect(history.events[1]?.changes).toContainEqual({
      field: "name",
      label: "Name",
      from: "Old name",
      to: "New name",
    });
  });

  it("finds nothing for another account's token id", async () => {
    const mine = await createTestAccount();
    const theirs = await createTestAccount();
    const { tokenId } = await issueToken(theirs.actors.administrator);
    await issueToken(mine.actors.administrator);
    const page = await listAuditEvents(mine.accountId, filters({ token: tokenId }));
    expect(page).toMatchObject({ total: 0, events: [], historyOf: null });
  });
});
