import "server-only";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/actor";
import { currentActor, currentActorForOwnAccount } from "@/lib/auth/current-actor";
import { NOT_SIGNED_IN } from "@/lib/auth/messages";
import { fail, INVALID_FORM, type ActionState } from "@/lib/commands/result";
import { requestLocale } from "@/lib/i18n/request-locale";
import { serverMessageTranslator } from "@/lib/i18n/server-translator";
import { translateActionState } from "@/lib/i18n/translate-action-state";

// Not a "use server" module: these helpers must never become endpoints of their own.

// Where a screen's actions run: who may call them, and what to refresh after a change.
export type ActionScope = {
  // "own account" lets a user who must still change an initial password in (their password,
  // their sessions); every other action refuses them.
  actor: "working" | "own account";
  revalidate?: { path: string; type?: "layout" | "page" };
};

// The one adapter from a command to a server action: resolves the signed-in actor (a
// missing session ends here), hands the command its input, and refreshes the screen after
// a change. The command itself authorizes, validates and writes; its English messages reach
// the browser in the reader's language (lib/i18n/server-messages.ts).
export async function runAction<T>(
  scope: ActionScope,
  command: (actor: Actor) => Promise<ActionState<T>>,
): Promise<ActionState<T>> {
  const translate = serverMessageTranslator(await requestLocale());
  const actor = scope.actor === "own account" ? await currentActorForOwnAccount() : await currentActor();
  if (!actor) return translateActionState(fail(NOT_SIGNED_IN), translate);
  const result = await command(actor);
  if (result.ok && scope.revalidate) revalidatePath(scope.revalidate.path, scope.revalidate.type);
  return translateActionState(result, translate);
}

// The same for a form's action. A server action is a public endpoint: its "form" is whatever
// the client encoded (an object, a string, a number, nothing at all), not necessarily the
// FormData a page's form sends, and reading that unchecked threw and was answered with a 500.
export function runFormAction<T>(
  scope: ActionScope,
  form: unknown,
  command: (actor: Actor, form: FormData) => Promise<ActionState<T>>,
): Promise<ActionState<T>> {
  return runAction(scope, (actor) =>
    form instanceof FormData ? command(actor, form) : Promise.resolve(fail(INVALID_FORM)),
  );
}
