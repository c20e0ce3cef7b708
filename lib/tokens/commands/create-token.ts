import "server-only";
import { personSnapshot } from "@/lib/audit/person-snapshot";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { invalid, ok, type ActionState } from "@/lib/commands/result";
import { config } from "@/lib/config/env";
import type { IssuedSecret } from "../dto";
import { generatePublicId } from "../format";
import { issueSecret } from "../issue-secret";
import { expiryRuleFor } from "../expiry-rule";
import { TOKEN_FIELD_MESSAGES as M } from "../messages";
import { tokenFieldsSchema } from "../token-fields.schema";
import { checkReferences, hasErrors } from "./references";
import { nameKey, nameTaken, saveToken } from "./save-token";

// A new token. The secret is returned once, to be shown in the creation dialog; only its
// keyed hash is stored.
export const createToken = defineCommand({
  capability: "tokens.manage",
  input: (actor) => tokenFieldsSchema(expiryRuleFor(actor.role, config().tokens.maxLifetimeDays)),
  transaction: saveToken,
  async run(tx, { actor, input: fields }): Promise<ActionState<IssuedSecret>> {
    const errors = await checkReferences(tx, actor, fields);
    if (await nameTaken(tx, actor.accountId, fields.name)) errors.name = [M.nameTaken];
    if (hasErrors(errors)) return invalid(errors);

    const publicId = generatePublicId();
    const issued = issueSecret(publicId);
    const token = await tx.apiToken.create({
      data: {
        accountId: actor.accountId,
        publicId,
        name: fields.name,
        nameKey: nameKey(fields.name),
        description: fields.description,
        scope: fields.scope,
        apiVersionId: fields.apiVersionId,
        ownerId: fields.ownerId,
        allowedIpRanges: fields.allowedIpRanges.join(","),
        technicalContact: fields.technicalContact,
        hint: issued.hint,
        secretHash: issued.secretHash,
        expiresAt: fields.expiresAt,
        createdById: actor.userId,
        sections: { create: fields.sectionIds.map((sectionId) => ({ sectionId })) },
      },
      select: { id: true, name: true, apiVersion: { select: { name: true } } },
    });
    // The owner as they read today, so the event still names them after they change or leave.
    const owner = await personSnapshot(tx, fields.ownerId);
    await recordAuditEvent(
      tx,
      actor,
      "token.created",
      { type: "token", id: token.id, label: token.name, hint: issued.hint },
      {
        scope: { from: null, to: fields.scope },
        sections: { from: null, to: fields.sectionIds },
        apiVersion: { from: null, to: token.apiVersion.name },
        expiresAt: { from: null, to: fields.expiresAt },
        owner: { from: null, to: owner },
      },
    );
    return ok({ tokenId: token.id, name: token.name, secret: issued.token });
  },
});
