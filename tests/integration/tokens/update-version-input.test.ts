import { afterAll, describe, expect, it } from "vitest";
import { CHECK_FIELDS } from "@/lib/commands/result";
import { updateTokenVersion } from "@/lib/tokens/commands/update-token-version";
import { TOKEN_FIELD_MESSAGES as M } from "@/lib/tokens/messages";
import { createTestAccount } from "../support/fixtures";
import { accountSnapshot, expectSecretsNowhereInDb, issueToken, issuedSecrets } from "../support/tokens";

afterAll(async () => {
  await expectSecretsNowhereInDb(issuedSecrets);
});

// A form posted without its version field (FormData.get answers null) or with something that
// is not text is told which field is wrong in words, not with zod's "expected string"
// (found by the security suite, tests/security/).
describe("update version without a usable version field", () => {
  it.each([null, undefined, 42, ["v"], { id: "v" }])(
    "%j gets the field's own message",
    async (apiVersionId) => {
      const { actors, accountId } = await createTestAccount();
      const { tokenId } = await issueToken(actors.administrator);
      const before = await accountSnapshot(accountId);
      expect(await updateTokenVersion(actors.administrator, tokenId, { apiVersionId })).toEqual({
        ok: false,
        message: CHECK_FIELDS,
        errors: { apiVersionId: [M.versionRequired] },
      });
      expect(await accountSnapshot(accountId)).toEqual(before);
    },
  );

  it("an id longer than any version's is an unknown version", async () => {
    const { actors } = await createTestAccount();
    const { tokenId } = await issueToken(actors.administrator);
    expect(await updateTokenVersion(actors.administrator, tokenId, { apiVersionId: "v".repeat(65) })).toEqual(
      {
        ok: false,
        message: CHECK_FIELDS,
        errors: { apiVersionId: [M.versionUnknown] },
      },
    );
  });
});
