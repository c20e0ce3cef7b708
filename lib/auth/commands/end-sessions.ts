import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { defineCommand } from "@/lib/commands/define-command";
import { ok } from "@/lib/commands/result";
import { ACCOUNT_MESSAGES as M } from "./messages";

// "Sign out everywhere": raising the session version makes every session cookie of the user
// (other browsers, a stolen cookie, this one) fail its next request.
export const endAllSessions = defineCommand({
  capability: "own account",
  async run(tx, { actor }) {
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
  },
});
