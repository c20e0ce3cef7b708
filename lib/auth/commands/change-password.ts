import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-event";
import { hashPassword } from "@/lib/auth/password";
import { INVALID_CREDENTIALS, signInWithPassword } from "@/lib/auth/sign-in";
import { defineCommand } from "@/lib/commands/define-command";
import { invalid, ok, type ActionState } from "@/lib/commands/result";
import { changePasswordSchema, type ChangePasswordInput } from "./change-password.schema";
import { ACCOUNT_MESSAGES as M } from "./messages";
import type { Actor } from "../actor";

// Changes the signed-in user's own password, also when it is an initial password they must
// change. The current password is checked by the sign-in check itself, so a wrong one counts
// as a failed sign-in for this email and address and meets the same growing delays: this
// form is no faster a password oracle than /login. Every session of the user ends (the
// session version rises), this one included.
export const changeOwnPassword = defineCommand({
  capability: "own account",
  input: changePasswordSchema,
  prepare: checkCurrentAndHash,
  async run(tx, { actor, prepared: passwordHash }) {
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
  },
});

async function checkCurrentAndHash(
  { currentPassword, newPassword }: ChangePasswordInput,
  actor: Actor,
): Promise<ActionState<string>> {
  const check = await signInWithPassword({ email: actor.email, password: currentPassword }, actor.ip);
  if (!check.ok || check.userId !== actor.userId) {
    const message =
      !check.ok && check.message !== INVALID_CREDENTIALS ? check.message : M.currentPasswordWrong;
    return invalid({ currentPassword: [message] });
  }
  // Hashed before the transaction: argon2 takes tens of milliseconds, too long to hold locks.
  return ok(await hashPassword(newPassword));
}
