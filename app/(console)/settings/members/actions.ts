"use server";

// Server actions of the Members screen. Each is a public endpoint; the adapter resolves the
// signed-in actor and the lib/ command checks the role, the account and the input.
import type { ActionState } from "@/lib/commands/result";
import { addMember, type AddedMember } from "@/lib/members/commands/add-member";
import { changeMemberRole } from "@/lib/members/commands/change-member-role";
import { deactivateMember } from "@/lib/members/commands/deactivate-member";
import { reactivateMember } from "@/lib/members/commands/reactivate-member";
import { setInitialPassword } from "@/lib/members/commands/set-initial-password";
import { runAction, runFormAction, type ActionScope } from "../../_lib/server-action";

// Roles and memberships shape every settings page (navigation, token owners), and may have
// changed the actor's own access.
const SETTINGS: ActionScope = { actor: "working", revalidate: { path: "/settings", type: "layout" } };

// The forms' actions take `unknown`: a client can post anything, and the adapter refuses
// what is not a form.
export async function addMemberAction(_: ActionState<AddedMember>, form: unknown) {
  return runFormAction(SETTINGS, form, (actor, data) =>
    addMember(actor, {
      name: data.get("name"),
      email: data.get("email"),
      role: data.get("role"),
      isTechnical: data.get("isTechnical"),
      password: data.get("password"),
    }),
  );
}

export async function changeMemberRoleAction(_: ActionState, form: unknown) {
  return runFormAction(SETTINGS, form, (actor, data) =>
    changeMemberRole(actor, data.get("userId"), { role: data.get("role") }),
  );
}

export async function deactivateMemberAction(_: ActionState, form: unknown) {
  return runFormAction(SETTINGS, form, (actor, data) => deactivateMember(actor, data.get("userId")));
}

export async function reactivateMemberAction(userId: unknown) {
  return runAction(SETTINGS, (actor) => reactivateMember(actor, userId));
}

export async function setInitialPasswordAction(_: ActionState, form: unknown) {
  return runFormAction(SETTINGS, form, (actor, data) =>
    setInitialPassword(actor, data.get("userId"), { password: data.get("password") }),
  );
}
