import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/actions/actor";
import { invalid, ok, type ActionState } from "@/lib/actions/result";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/password";
import { INVALID_CREDENTIALS, signInWithPassword } from "@/lib/auth/sign-in";
import { changePasswordSchema } from "./change-password.schema";
import { ACCOUNT_MESSAGES as M } from "./messages";

// Changes the signed-in user's own password, also when it is an initial password they must
// change. The current password is checked by the sign-in check itself, so a wrong one counts
// as a failed sign-in for this email and address and meets the same growing delays: this
// form is no faster a password oracle than /login. Every session of the user ends (the
// session version rises), this one included.
export async function changeOwnPassword(actor: Actor, input: unknown): Promise<ActionState> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  const { currentPassword, newPassword } = parsed.data;

  const check = await signInWithPassword({ email: actor.email, password: currentPassword }, actor.ip);
  if (!check.ok || check.userId !== actor.userId) {
    const message =
      !check.ok && check.message !== INVALID_CREDENTIALS ? check.message : M.currentPasswordWrong;
    return invalid({ currentPassword: [message] });
  }
  // Hashed before the transaction: argon2 takes tens of milliseconds, too long to hold locks.
  const passwordHash = await hashPassword(newPassword);

  return auditedTransaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await recordAuditEvent(tx, actor, "user.password_changed", {
      type: "user",
      id: user.id,
      label: user.email,
    });
    return ok(undefined, M.passwordChanged);
  });
}
