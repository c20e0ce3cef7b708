"use server";

// Server actions of the signed-in user's own account: their password, their sessions and
// their language. The first two are the only actions a user who must still change an
// initial password may call.
import { changeOwnPassword } from "@/lib/auth/commands/change-password";
import { endAllSessions } from "@/lib/auth/commands/end-sessions";
import { setOwnLocale } from "@/lib/auth/commands/set-locale";
import type { ActionState } from "@/lib/commands/result";
import { runAction, runFormAction, type ActionScope } from "../../_lib/server-action";

const OWN_ACCOUNT: ActionScope = { actor: "own account" };

export async function changePasswordAction(_: ActionState, form: unknown): Promise<ActionState> {
  return runFormAction(OWN_ACCOUNT, form, (actor, data) =>
    changeOwnPassword(actor, {
      currentPassword: data.get("currentPassword"),
      newPassword: data.get("newPassword"),
      confirmPassword: data.get("confirmPassword"),
    }),
  );
}

export async function signOutEverywhereAction(): Promise<ActionState> {
  return runAction(OWN_ACCOUNT, (actor) => endAllSessions(actor));
}

// Like every other action, refused until an initial password is changed. Every page reads
// the language, so the whole tree is rendered again in the new one.
const OWN_LANGUAGE: ActionScope = { actor: "working", revalidate: { path: "/", type: "layout" } };

export async function setLanguageAction(locale: unknown): Promise<ActionState<string>> {
  return runAction(OWN_LANGUAGE, (actor) => setOwnLocale(actor, { locale }));
}
