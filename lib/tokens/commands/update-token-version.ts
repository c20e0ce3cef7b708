import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actions/actor";
import { fail, invalid, ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { allowed, findAccountToken, notFound, refused } from "./guard";
import { TOKEN_FIELD_MESSAGES as M } from "../messages";
import { REVOKED_IS_FINAL } from "./set-token-enabled";

// A missing or non-text field gets the field's own message, not zod's "expected string".
const schema = z.object({
  apiVersionId: z.string({ error: M.versionRequired }).min(1, M.versionRequired).max(64, M.versionUnknown),
});

export async function updateTokenVersion(
  actor: Actor,
  tokenId: unknown,
  input: unknown,
): Promise<ActionState> {
  if (!allowed(actor, "tokens.manage")) return refused();
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  return auditedTransaction(async (tx) => {
    const token = await findAccountToken(tx, actor, tokenId, {
      id: true,
      name: true,
      hint: true,
      revokedAt: true,
      apiVersion: { select: { id: true, name: true } },
    });
    if (!token) return notFound();
    if (token.revokedAt) return fail(REVOKED_IS_FINAL);
    const version = await tx.apiVersion.findUnique({
      where: { id: parsed.data.apiVersionId },
      select: { id: true, name: true },
    });
    if (!version) return invalid({ apiVersionId: [M.versionUnknown] });
    if (version.id === token.apiVersion.id) return ok(undefined);
    await tx.apiToken.update({ where: { id: token.id }, data: { apiVersionId: version.id } });
    await recordAuditEvent(
      tx,
      actor,
      "token.version_updated",
      { type: "token", id: token.id, label: token.name, hint: token.hint },
      { apiVersion: { from: token.apiVersion.name, to: version.name } },
    );
    return ok(undefined);
  });
}
