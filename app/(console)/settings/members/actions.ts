"use server";

// Server actions of the Members screen. Each is a public endpoint: it resolves the signed-in
// actor itself, and the lib/ command it calls checks the role, the account and the input.
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/actions/actor";
import { withFormData } from "@/lib/actions/form-argument";
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

// The forms' actions take `unknown`: a client can post anything, and withFormData refuses
// what is not a form.
export async function addMemberAction(_: ActionState<AddedMember>, form: unknown) {
  return asActor((actor) =>
    withFormData(form, (data) =>
      addMember(actor, {
        name: data.get("name"),
        email: data.get("email"),
        role: data.get("role"),
        isTechnical: data.get("isTechnical"),
        password: data.get("password"),
      }),
    ),
  );
}

export async function changeMemberRoleAction(_: ActionState, form: unknown) {
  return asActor((actor) =>
    withFormData(form, (data) => changeMemberRole(actor, data.get("userId"), { role: data.get("role") })),
  );
}

export async function deactivateMemberAction(_: ActionState, form: unknown) {
  return asActor((actor) => withFormData(form, (data) => deactivateMember(actor, data.get("userId"))));
}

export async function reactivateMemberAction(userId: unknown) {
  return asActor((actor) => reactivateMember(actor, userId));
}

export async function setInitialPasswordAction(_: ActionState, form: FormData) {
  return asActor((actor) =>
    setInitialPassword(actor, form.get("userId"), { password: form.get("password") }),
  );
}
