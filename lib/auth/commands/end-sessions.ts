import "server-only";
import type { Actor } from "@/lib/actions/actor";
import { ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { ACCOUNT_MESSAGES as M } from "./messages";

// "Sign out everywhere": raising the session version makes every session cookie of the user
// (other browsers, a stolen cookie, this one) fail its next request.
export async function endAllSessions(actor: Actor): Promise<ActionState> {
  return auditedTransaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.userId },
      data: { sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await recordAuditEvent(tx, actor, "user.sessions_ended", {
      type: "user",
      id: user.id,
      label: user.email,
    });
    return ok(undefined, M.sessionsEnded);
  });
}
