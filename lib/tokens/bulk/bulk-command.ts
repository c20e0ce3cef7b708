import "server-only";
import type { AuditAction } from "@/lib/audit/actions";
import { recordAuditEvent } from "@/lib/audit/record-event";
import type { Actor } from "@/lib/auth/actor";
import { defineCommand } from "@/lib/commands/define-command";
import { NOT_FOUND_MESSAGE, ok, type ActionState } from "@/lib/commands/result";
import { deleteToken } from "../commands/delete-token";
import { revokeToken } from "../commands/revoke-token";
import { REVOKED_IS_FINAL, setTokenEnabled } from "../commands/set-token-enabled";
import { bulkSelectionSchema, type BulkAction } from "./bulk.schema";
import { selectBulkTargets, type BulkTarget } from "./select-tokens";
import { skipReason, type SkipReason } from "./skip-reason";

export type BulkResult = {
  action: BulkAction;
  done: { id: string; name: string }[];
  // A token of another account, or one deleted meanwhile, is skipped without its name.
  skipped: { id: string; name: string | null; reason: SkipReason }[];
};

// Each token goes through the very command its card menu calls, in its own audited
// transaction: it is checked, changed and audited as if done alone, and one token that
// fails leaves the others done.
const SINGLE: Record<BulkAction, (actor: Actor, id: string) => Promise<ActionState<unknown>>> = {
  disable: (actor, id) => setTokenEnabled(actor, id, false),
  enable: (actor, id) => setTokenEnabled(actor, id, true),
  revoke: (actor, id) => revokeToken(actor, id),
  delete: (actor, id) => deleteToken(actor, id),
};

const AUDIT: Record<BulkAction, AuditAction> = {
  disable: "token.bulk_disabled",
  enable: "token.bulk_enabled",
  revoke: "token.bulk_revoked",
  delete: "token.bulk_deleted",
};

function refusalReason(message: string | undefined): SkipReason {
  if (message === NOT_FOUND_MESSAGE) return "not_found";
  if (message === REVOKED_IS_FINAL) return "revoked";
  return "failed";
}

async function applyEach(action: BulkAction, actor: Actor, targets: BulkTarget[]): Promise<BulkResult> {
  const result: BulkResult = { action, done: [], skipped: [] };
  for (const { id, name, state } of targets) {
    const reason = state === null ? "not_found" : skipReason(action, state);
    if (reason !== null || name === null) {
      result.skipped.push({ id, name, reason: reason ?? "not_found" });
      continue;
    }
    try {
      const outcome = await SINGLE[action](actor, id);
      if (outcome.ok) result.done.push({ id, name });
      else result.skipped.push({ id, name, reason: refusalReason(outcome.message) });
    } catch (error) {
      console.error(
        `keyward: bulk ${action} of a token failed:`,
        error instanceof Error ? error.message : error,
      );
      result.skipped.push({ id, name, reason: "failed" });
    }
  }
  return result;
}

// A bulk command: the role and the selection are checked first; the tokens are changed one
// by one outside any shared transaction (prepare); then one audit event records the bulk
// action itself with what was done and skipped.
function defineBulkCommand(action: BulkAction) {
  return defineCommand({
    capability: "tokens.manage",
    input: bulkSelectionSchema,
    async prepare(selection, actor) {
      const targets = await selectBulkTargets(actor, selection);
      return targets.ok ? ok(await applyEach(action, actor, targets.data)) : targets;
    },
    async run(tx, { actor, prepared: result }) {
      const account = await tx.account.findUniqueOrThrow({
        where: { id: actor.accountId },
        select: { id: true, name: true },
      });
      await recordAuditEvent(
        tx,
        actor,
        AUDIT[action],
        { type: "account", id: account.id, label: account.name },
        { done: { from: null, to: result.done.length }, skipped: { from: null, to: result.skipped.length } },
      );
      return ok(result);
    },
  });
}

export const bulkDisableTokens = defineBulkCommand("disable");
export const bulkEnableTokens = defineBulkCommand("enable");
export const bulkRevokeTokens = defineBulkCommand("revoke");
export const bulkDeleteTokens = defineBulkCommand("delete");
