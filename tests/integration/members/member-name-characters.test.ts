import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/members/commands/add-member";
import { MEMBER_MESSAGES as M } from "@/lib/members/messages";
import { createTestAccount } from "../support/fixtures";
import { membersSnapshot, personInput } from "../support/members";

// A member's name is shown in owner lists, cards and the audit log: a bidi override or an
// invisible character would let one person pass for another there.
describe("member names", () => {
  it.each([
    ["a right-to-left override", "Ada\u202eAdmin"],
    ["a right-to-left isolate", "Ada\u2067Admin"],
    ["a zero-width space", "Ada\u200bAdmin"],
    ["a zero-width joiner", "Ada\u200dAdmin"],
    ["a byte-order mark", "Ada\ufeffAdmin"],
    ["a soft hyphen", "Ada\u00adAdmin"],
    ["a line separator", "Ada\u2028Admin"],
  ])("refuse %s, creating no user, membership or audit event", async (_what, name) => {
    const { accountId, actors } = await createTestAccount();
    const before = await membersSnapshot(accountId);
    const input = personInput({ name });
    expect(await addMember(actors.administrator, input)).toMatchObject({
      ok: false,
      errors: { name: [M.nameControlCharacters] },
    });
    expect(await membersSnapshot(accountId)).toEqual(before);
    expect(await db().user.findUnique({ where: { email: String(input.email) } })).toBeNull();
  });
});
