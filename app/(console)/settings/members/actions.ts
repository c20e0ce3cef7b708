"use server";

// Server actions of the Members screen. Each is a public endpoint: it resolves the signed-in
// actor itself, and the lib/ command it calls checks the role, the account and the input.
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/actions/actor";
import { fail, type ActionState } from "@/lib/actions/result";
import { NOT_SIGNED_IN } from "@/lib/auth/messages";
import { currentActor } from "@/lib/auth/current-actor";
import { addMember, type AddedMember } from "@/lib/members/commands/add-member";
import { changeMemberRole } from "@/lib/members/commands/change-member-role";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { reactivateMember } from "@/lib/members/commands/reactivate-member";
import { setInitialPassword } from "@/lib/members/commands/set-initial-password";

async function asActor<T>(run: (actor: Actor) => Promise<ActionState<T>>): Promise<ActionState<T>> {
  const actor = await currentActor();
  if (!actor) return fail(NOT_SIGNED_IN);
  const result = await run(actor);
  // Roles and memberships shape every settings page (navigation, token owners), and may
  // have changed the actor's own access.
  if (result.ok) revalidatePath("/settings", "layout");
  return result;
}

export async function addMemberAction(_: ActionState<AddedMember>, form: FormData) {
  return asActor((actor) =>
    addMember(actor, {
      name: form.get("name"),
      email: form.get("email"),
      role: form.get("role"),
      isTechnical: form.get("isTechnical"),
      password: form.get("password"),
    }),
  );
}

export async function changeMemberRoleAction(_: ActionState, form: FormData) {
  return asActor((actor) => changeMemberRole(actor, form.get("userId"), { role: form.get("role") }));
}

export async function deactivateMemberAction(_: ActionState, form: FormData) {
  return asActor((actor) => deactivateMember(actor, form.get("userId")));
}

export async function reactivateMemberAction(userId: unknown) {
  return asActor((actor) => reactivateMember(actor, userId));
}

export async function setInitialPasswordAction(_: ActionState, form: FormData) {
  return asActor((actor) =>
    setInitialPassword(actor, form.get("userId"), { password: form.get("password") }),
  );
}
