"use server";

// Server actions of the signed-in user's own account: their password and their sessions.
// Each resolves the actor itself; these two are the only actions a user who must still
// change an initial password may call.
import { fail, type ActionState } from "@/lib/actions/result";
import { changeOwnPassword } from "@/lib/auth/commands/change-password";
import { endAllSessions } from "@/lib/auth/commands/end-sessions";
import { currentActorForOwnAccount } from "@/lib/auth/current-actor";
import { NOT_SIGNED_IN } from "@/lib/auth/messages";

export async function changePasswordAction(_: ActionState, form: FormData): Promise<ActionState> {
  const actor = await currentActorForOwnAccount();
  if (!actor) return fail(NOT_SIGNED_IN);
  return changeOwnPassword(actor, {
    currentPassword: form.get("currentPassword"),
    newPassword: form.get("newPassword"),
    confirmPassword: form.get("confirmPassword"),
  });
}

export async function signOutEverywhereAction(): Promise<ActionState> {
  const actor = await currentActorForOwnAccount();
  if (!actor) return fail(NOT_SIGNED_IN);
  return endAllSessions(actor);
}
