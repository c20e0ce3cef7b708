import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { invalid, ok } from "@/lib/commands/result";
import { TOKEN_FIELD_MESSAGES as M } from "../messages";
import { changeableToken } from "./account-token";

// A missing or non-text field gets the field's own message, not zod's "expected string".
const schema = z.object({
  apiVersionId: z.string({ error: M.versionRequired }).min(1, M.versionRequired).max(64, M.versionUnknown),
});

export const updateTokenVersion = defineCommand({
  capability: "tokens.manage",
  input: schema,
  target: changeableToken({ apiVersion: { select: { id: true, name: true } } }),
  async run(tx, { actor, input, target: token }) {
    const version = await tx.apiVersion.findUnique({
      where: { id: input.apiVersionId },
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
  },
});
