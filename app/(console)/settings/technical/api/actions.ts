"use server";

// Server actions of the API screen. Each is a public endpoint: it resolves the signed-in
// actor itself, and the lib/ command it calls checks the role, the account and the input.
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/actions/actor";
import { withFormData } from "@/lib/actions/form-argument";
import { fail, type ActionState } from "@/lib/actions/result";
import { NOT_SIGNED_IN } from "@/lib/auth/messages";
import { currentActor } from "@/lib/auth/current-actor";
import { setApiAccess } from "@/lib/accounts/set-api-access";
import type { IssuedSecret } from "@/lib/tokens/dto";
import { createToken } from "@/lib/tokens/commands/create-token";
import { deleteToken } from "@/lib/tokens/commands/delete-token";
import { duplicateToken } from "@/lib/tokens/commands/duplicate-token";
import { resetToken } from "@/lib/tokens/commands/reset-token";
import { revokeToken } from "@/lib/tokens/commands/revoke-token";
import { setTokenEnabled } from "@/lib/tokens/commands/set-token-enabled";
import { updateToken } from "@/lib/tokens/commands/update-token";
import { updateTokenVersion } from "@/lib/tokens/commands/update-token-version";
import { tokenFormInput } from "@/lib/tokens/token-form-input";

const API_PAGE = "/settings/technical/api";

async function asActor<T>(run: (actor: Actor) => Promise<ActionState<T>>): Promise<ActionState<T>> {
  const actor = await currentActor();
  if (!actor) return fail(NOT_SIGNED_IN);
  const result = await run(actor);
  if (result.ok) revalidatePath(API_PAGE);
  return result;
}

// The forms' actions take `unknown`: a client can post anything, and withFormData refuses
// what is not a form.
export async function createTokenAction(_: ActionState<IssuedSecret>, form: unknown) {
  return asActor((actor) => withFormData(form, (data) => createToken(actor, tokenFormInput(data))));
}

export async function updateTokenAction(_: ActionState, form: unknown) {
  return asActor((actor) =>
    withFormData(form, (data) => updateToken(actor, data.get("tokenId"), tokenFormInput(data))),
  );
}

export async function duplicateTokenAction(_: ActionState<IssuedSecret>, form: unknown) {
  return asActor((actor) =>
    withFormData(form, (data) =>
      duplicateToken(actor, data.get("tokenId"), {
        name: data.get("name"),
        expiration: data.get("expiration"),
        customDate: data.get("customDate"),
      }),
    ),
  );
}

export async function resetTokenAction(_: ActionState<IssuedSecret>, form: unknown) {
  return asActor((actor) =>
    withFormData(form, (data) =>
      resetToken(actor, data.get("tokenId"), { grace: data.get("grace") ?? undefined }),
    ),
  );
}

export async function updateTokenVersionAction(_: ActionState, form: unknown) {
  return asActor((actor) =>
    withFormData(form, (data) =>
      updateTokenVersion(actor, data.get("tokenId"), { apiVersionId: data.get("apiVersionId") }),
    ),
  );
}

export async function revokeTokenAction(_: ActionState, form: unknown) {
  return asActor((actor) => withFormData(form, (data) => revokeToken(actor, data.get("tokenId"))));
}

export async function deleteTokenAction(_: ActionState, form: unknown) {
  return asActor((actor) => withFormData(form, (data) => deleteToken(actor, data.get("tokenId"))));
}

export async function setTokenEnabledAction(tokenId: unknown, enabled: unknown) {
  return asActor((actor) => setTokenEnabled(actor, tokenId, enabled));
}

export async function setApiAccessAction(enabled: unknown) {
  return asActor((actor) => setApiAccess(actor, enabled));
}
