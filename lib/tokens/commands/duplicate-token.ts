import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actions/actor";
import { invalid, ok, type ActionState } from "@/lib/actions/result";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { IssuedSecret } from "../dto";
import { generatePublicId } from "../format";
import { issueSecret } from "../issue-secret";
import { TOKEN_FIELD_MESSAGES as M } from "../messages";
import { tokenNameSchema } from "../token-fields.schema";
import { allowed, findAccountToken, notFound, refused } from "./guard";
import { nameKey, nameTaken, saveToken } from "./save-token";

const schema = z.object({ name: tokenNameSchema });

// A new token with the same access rights and settings as an existing one, its own name
// and a new secret (shown once). The copy remembers where it came from.
export async function duplicateToken(
  actor: Actor,
  tokenId: unknown,
  input: unknown,
): Promise<ActionState<IssuedSecret>> {
  if (!allowed(actor, "tokens.manage")) return refused();
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  const { name } = parsed.data;

  return saveToken(async (tx) => {
    const source = await findAccountToken(tx, actor, tokenId, {
      id: true,
      name: true,
      description: true,
      scope: true,
      apiVersionId: true,
      ownerId: true,
      allowedIpRanges: true,
      technicalContact: true,
      expiresAt: true,
      sections: { select: { sectionId: true } },
    });
    if (!source) return notFound();
    if (await nameTaken(tx, actor.accountId, name)) return invalid({ name: [M.nameTaken] });

    const publicId = generatePublicId();
    const issued = issueSecret(publicId);
    const copy = await tx.apiToken.create({
      data: {
        accountId: actor.accountId,
        publicId,
        name,
        nameKey: nameKey(name),
        description: source.description,
        scope: source.scope,
        apiVersionId: source.apiVersionId,
        ownerId: source.ownerId,
        allowedIpRanges: source.allowedIpRanges,
        technicalContact: source.technicalContact,
        expiresAt: source.expiresAt,
        hint: issued.hint,
        secretHash: issued.secretHash,
        createdById: actor.userId,
        duplicatedFromId: source.id,
        sections: { create: source.sections.map(({ sectionId }) => ({ sectionId })) },
      },
      select: { id: true, name: true },
    });
    await recordAuditEvent(
      tx,
      actor,
      "token.duplicated",
      { type: "token", id: copy.id, label: copy.name, hint: issued.hint },
      {
        duplicatedFrom: { from: null, to: source.name },
      },
    );
    return ok({ tokenId: copy.id, name: copy.name, secret: issued.token });
  });
}
