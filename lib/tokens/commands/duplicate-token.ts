import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Actor } from "@/lib/auth/actor";
import { defineCommand } from "@/lib/commands/define-command";
import { invalid, ok, type ActionState, type FieldErrors } from "@/lib/commands/result";
import { config } from "@/lib/config/env";
import type { IssuedSecret } from "../dto";
import { generatePublicId } from "../format";
import { expiryAllowed, expiryRuleFor } from "../expiry-rule";
import { issueSecret } from "../issue-secret";
import { TOKEN_FIELD_MESSAGES as M } from "../messages";
import { tokenDuplicateFieldsSchema } from "../token-fields.schema";
import { accountToken } from "./account-token";
import { hasErrors } from "./references";
import { nameKeys, nameTaken, saveToken } from "./save-token";

// A new token with the same access rights and settings as an existing one, its own name
// and a new secret (shown once). The copy remembers where it came from. It keeps the
// original's expiry only if the caller could have set that expiry itself: otherwise a
// specialist could turn an administrator's never-expiring token into one of their own.
export const duplicateToken = defineCommand({
  capability: "tokens.manage",
  input: (actor) => tokenDuplicateFieldsSchema(expiryRule(actor), new Date()),
  target: accountToken({
    description: true,
    scope: true,
    apiVersionId: true,
    ownerId: true,
    allowedIpRanges: true,
    technicalContact: true,
    expiresAt: true,
    sections: { select: { sectionId: true } },
  }),
  transaction: saveToken,
  async run(tx, { actor, input, target: source }): Promise<ActionState<IssuedSecret>> {
    const { name } = input;
    const now = new Date();
    const rule = expiryRule(actor);
    const expiresAt = input.expiresAt === undefined ? source.expiresAt : input.expiresAt;
    const errors: FieldErrors = {};
    if (await nameTaken(tx, actor.accountId, name)) errors.name = [M.nameTaken];
    if (!expiryAllowed(expiresAt, rule, now)) {
      errors.expiration = [
        expiresAt === null ? M.duplicateNeverExpires : M.duplicateExpiresTooLate(rule.maxDays),
      ];
    }
    if (hasErrors(errors)) return invalid(errors);

    const publicId = generatePublicId();
    const issued = issueSecret(publicId);
    const copy = await tx.apiToken.create({
      data: {
        accountId: actor.accountId,
        publicId,
        name,
        ...nameKeys(name),
        description: source.description,
        scope: source.scope,
        apiVersionId: source.apiVersionId,
        ownerId: source.ownerId,
        allowedIpRanges: source.allowedIpRanges,
        technicalContact: source.technicalContact,
        expiresAt,
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
        expiresAt: { from: null, to: expiresAt },
      },
    );
    return ok({ tokenId: copy.id, name: copy.name, secret: issued.token });
  },
});

const expiryRule = (actor: Actor) => expiryRuleFor(actor.role, config().tokens.maxLifetimeDays);
