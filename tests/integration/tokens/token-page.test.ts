import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { loadTokenPage } from "@/lib/tokens/queries/token-page";
import { catalogue, createTestAccount, tokenInput, type TestAccount } from "../support/fixtures";
import { issueToken, succeeded } from "../support/tokens";

// The token page's data: every field in full for every role that may see tokens, what the
// role may do, the latest history, and nothing at all for another account's token.
const viewer = (account: TestAccount, role: Role) => ({
  accountId: account.accountId,
  role,
});

async function pageOf(...args: Parameters<typeof loadTokenPage>) {
  const data = await loadTokenPage(...args);
  if (!data) throw new Error("expected the token page's data, got not found");
  return data;
}

async function richToken(account: TestAccount) {
  const c = await catalogue();
  const admin = account.actors.administrator;
  const longName = "Nightly reconciliation of the billing ledger with the warehouse (EU)";
  await db().user.update({
    where: { id: account.technicalUserId },
    data: { name: "Integration robot for the European billing and reconciliation pipeline" },
  });
  const issued = await issueToken(admin, {
    name: longName,
    description: "Runs every night.\nReads leads and writes reports.",
    sectionIds: c.sections.map((s) => s.id),
    ownerId: account.technicalUserId,
    allowedIpRanges: "203.0.113.0/24, 198.51.100.7/32, 2001:db8::/48",
    technicalContact: "integration-team-billing-reconciliation@partner.example",
  });
  return { ...issued, longName, sectionCount: c.sections.length };
}

describe("loadTokenPage", () => {
  it("gives every field of the token in full, with the people behind it", async () => {
    const account = await createTestAccount();
    const token = await richToken(account);
    const robot = await db().user.findUniqueOrThrow({ where: { id: account.technicalUserId } });

    const data = await pageOf(viewer(account, "administrator"), token.tokenId);
    const t = data.token;
    expect(t.name).toBe(token.longName);
    expect(t.description).toBe("Runs every night.\nReads leads and writes reports.");
    expect(t.status).toBe("enabled");
    expect(t.scope).toBe("read_write");
    expect(t.sectionLabels).toHaveLength(token.sectionCount);
    expect(t.apiVersionName).toBeTruthy();
    expect(t.owner).toEqual({ name: robot.name, email: robot.email, isTechnical: true, active: true });
    expect(t.createdBy).toEqual({
      name: expect.any(String),
      email: account.actors.administrator.email,
    });
    expect(t.technicalContact).toBe("integration-team-billing-reconciliation@partner.example");
    expect(t.allowedIpRanges).toEqual(["203.0.113.0/24", "198.51.100.7/32", "2001:db8::/48"]);
    expect(t.expiresAt).not.toBeNull();
    expect(t.accountApiAccess).toBe(true);
    expect(t.disabledBy).toBeNull();
    expect(t.revokedBy).toBeNull();
    expect(JSON.stringify(data)).not.toMatch(/secretHash|seeded|kw_[0-9A-Za-z]{12}_[0-9A-Za-z]{32}/);
    expect(JSON.stringify(data)).not.toContain(token.secret);
  });

  it("shows support staff every field, read-only, and shows members nothing", async () => {
    const account = await createTestAccount();
    const token = await richToken(account);

    const support = await loadTokenPage(viewer(account, "support_staff"), token.tokenId);
    expect(support?.canManage).toBe(false);
    expect(support?.token.technicalContact).toBe("integration-team-billing-reconciliation@partner.example");
    expect(support?.token.allowedIpRanges).toHaveLength(3);

    expect((await loadTokenPage(viewer(account, "administrator"), token.tokenId))?.canManage).toBe(true);
    expect(
      (await loadTokenPage(viewer(account, "implementation_specialist"), token.tokenId))?.canManage,
    ).toBe(true);
    expect(await loadTokenPage(viewer(account, "member"), token.tokenId)).toBeNull();
  });

  it("finds nothing for another account's token, an unknown id or a malformed one", async () => {
    const account = await createTestAccount();
    const other = await createTestAccount();
    const theirs = await issueToken(other.actors.administrator);
    const admin = viewer(account, "administrator");

    expect(await loadTokenPage(admin, theirs.tokenId)).toBeNull();
    for (const id of ["cmx6i33xz0001on7dtuxl1ws3", "", "x".repeat(65), "' OR 1=1 --", "%00", null, 42]) {
      expect(await loadTokenPage(admin, id)).toBeNull();
    }
    expect(await loadTokenPage(viewer(other, "support_staff"), theirs.tokenId)).not.toBeNull();
  });

  it("says who disabled and who revoked the token, and when its owner is deactivated", async () => {
    const account = await createTestAccount();
    const admin = account.actors.administrator;
    const specialist = account.actors.implementation_specialist;
    const token = await issueToken(admin, { ownerId: account.technicalUserId });

    succeeded(await setTokenEnabled(specialist, token.tokenId, false));
    let t = (await pageOf(viewer(account, "support_staff"), token.tokenId)).token;
    expect(t.status).toBe("disabled");
    expect(t.disabledAt).not.toBeNull();
    expect(t.disabledBy?.email).toBe(specialist.email);
    expect(t.disabledBy?.name).toBeTruthy();

    succeeded(await deactivateMember(admin, account.technicalUserId));
    succeeded(await revokeToken(admin, token.tokenId));
    t = (await pageOf(viewer(account, "support_staff"), token.tokenId)).token;
    expect(t.status).toBe("revoked");
    expect(t.revokedBy?.email).toBe(admin.email);
    expect(t.owner.active).toBe(false);
  });

  it("carries the latest 20 events of the token, newest first, and only this token's", async () => {
    const account = await createTestAccount();
    const admin = account.actors.administrator;
    const token = await issueToken(admin);
    await issueToken(admin);
    for (let i = 1; i <= 21; i++) {
      succeeded(await updateToken(admin, token.tokenId, await tokenInput(admin, { name: `Renamed ${i}` })));
    }

    const { history } = await pageOf(viewer(account, "administrator"), token.tokenId);

    expect(history).toHaveLength(20);
    expect(history.every((event) => event.target.id === token.tokenId)).toBe(true);
    expect(history[0]?.changes.find((line) => line.field === "name")).toMatchObject({
      from: "Renamed 20",
      to: "Renamed 21",
    });
    expect(history.map((event) => event.action)).not.toContain("token.created");
  });
});
