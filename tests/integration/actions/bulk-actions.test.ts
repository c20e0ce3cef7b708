import { beforeEach, describe, expect, it, vi } from "vitest";
import { NOT_ALLOWED, NOT_SIGNED_IN } from "@/lib/auth/messages";
import { createTestAccount, type TestAccount } from "../support/fixtures";
import { issueToken, verdict } from "../support/tokens";

// The bulk toolbar's server actions through the same adapter the browser reaches; only the
// request around them (session cookie, headers, Next's cache) is stood in for.
const request = vi.hoisted(() => ({ userId: null as string | null, revalidated: [] as string[] }));

vi.mock("next-auth", () => ({
  getServerSession: async () => (request.userId ? { userId: request.userId, sessionVersion: 0 } : null),
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-keyward-client-ip": "198.51.100.4", "user-agent": "action-test" }),
  cookies: async () => ({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string) => void request.revalidated.push(path),
}));

const { bulkRevokeAction, bulkDisableAction, previewBulkSelectionAction } =
  await import("@/app/(console)/settings/technical/api/bulk-actions");

let account: TestAccount;

beforeEach(async () => {
  account = await createTestAccount();
  request.revalidated = [];
  request.userId = account.actors.administrator.userId;
});

describe("bulk server actions", () => {
  it("revoke the selected tokens at once: the next verification of each fails", async () => {
    const tokens = [
      await issueToken(account.actors.administrator),
      await issueToken(account.actors.administrator),
    ];
    const result = await bulkRevokeAction({ ids: tokens.map((token) => token.tokenId) });
    expect(result).toMatchObject({ ok: true, data: { action: "revoke", skipped: [] } });
    for (const token of tokens) expect(await verdict(token.secret)).toBe("revoked");
    expect(request.revalidated).toEqual(["/settings/technical/api"]);
  });

  it("refuse support staff and a signed-out request, changing nothing", async () => {
    const token = await issueToken(account.actors.administrator);
    request.userId = account.actors.support_staff.userId;
    expect((await bulkDisableAction({ ids: [token.tokenId] })).message).toBe(NOT_ALLOWED);
    expect((await previewBulkSelectionAction({})).message).toBe(NOT_ALLOWED);
    request.userId = null;
    expect((await bulkRevokeAction({ ids: [token.tokenId] })).message).toBe(NOT_SIGNED_IN);
    expect(await verdict(token.secret)).toBe("ok");
    expect(request.revalidated).toEqual([]);
  });
});
