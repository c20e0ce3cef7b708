import "server-only";
import { recordAuditEvent, type AuditChanges } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { invalid, ok } from "@/lib/commands/result";
import { config } from "@/lib/config/env";
import { expiryRuleFor } from "../expiry-rule";
import { TOKEN_FIELD_MESSAGES as M } from "../messages";
import { tokenEditFieldsSchema } from "../token-fields.schema";
import { changeableToken } from "./account-token";
import { checkReferences, hasErrors } from "./references";
import { nameKeys, nameTaken, saveToken } from "./save-token";

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

// Edits what the card's form shows. The owner and the version have their own rules (the
// version its own action); a revoked token is frozen. Only changed fields are audited.
export const updateToken = defineCommand({
  capability: "tokens.manage",
  input: (actor) => tokenEditFieldsSchema(expiryRuleFor(actor.role, config().tokens.maxLifetimeDays)),
  target: changeableToken({
    description: true,
    scope: true,
    allowedIpRanges: true,
    technicalContact: true,
    expiresAt: true,
    sections: { select: { sectionId: true } },
  }),
  transaction: saveToken,
  async run(tx, { actor, input: fields, target: token }) {
    const errors = await checkReferences(tx, actor, { sectionIds: fields.sectionIds });
    if (await nameTaken(tx, actor.accountId, fields.name, token.id)) errors.name = [M.nameTaken];
    if (hasErrors(errors)) return invalid(errors);

    const before = {
      name: token.name,
      description: token.description,
      scope: token.scope,
      allowedIpRanges: token.allowedIpRanges,
      technicalContact: token.technicalContact,
      expiresAt: token.expiresAt,
    };
    const after = {
      name: fields.name,
      description: fields.description,
      scope: fields.scope,
      allowedIpRanges: fields.allowedIpRanges.join(","),
      technicalContact: fields.technicalContact,
      expiresAt: fields.expiresAt === undefined ? token.expiresAt : fields.expiresAt,
    };
    const changes: AuditChanges = {};
    for (const key of Object.keys(before) as (keyof typeof before)[]) {
      const from = before[key] instanceof Date ? (before[key] as Date).toISOString() : before[key];
      const to = after[key] instanceof Date ? (after[key] as Date).toISOString() : after[key];
      if (from !== to) changes[key] = { from, to };
    }
    const oldSections = token.sections.map((s) => s.sectionId);
    const sectionsChanged = !sameSet(oldSections, fields.sectionIds);
    if (sectionsChanged) changes.sections = { from: oldSections, to: fields.sectionIds };
    if (Object.keys(changes).length === 0) return ok(undefined);

    await tx.apiToken.update({
      where: { id: token.id },
      data: {
        ...after,
        ...nameKeys(after.name),
        ...(sectionsChanged
          ? { sections: { deleteMany: {}, create: fields.sectionIds.map((sectionId) => ({ sectionId })) } }
          : {}),
      },
    });
    await recordAuditEvent(
      tx,
      actor,
      "token.updated",
      { type: "token", id: token.id, label: after.name, hint: token.hint },
      changes,
    );
    return ok(undefined);
  },
});
