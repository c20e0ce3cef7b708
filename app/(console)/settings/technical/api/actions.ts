"use server";

// Server actions of the API screen. Each is a public endpoint; the adapter resolves the
// signed-in actor and the lib/ command checks the role, the account and the input.
import { setApiAccess } from "@/lib/accounts/set-api-access";
import type { ActionState } from "@/lib/commands/result";
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
import { runAction, runFormAction, type ActionScope } from "../../../_lib/server-action";

const API_PAGE: ActionScope = { actor: "working", revalidate: { path: "/settings/technical/api" } };
const TOKEN_PAGE: ActionScope = { actor: "working" };

// The forms' actions take `unknown`: a client can post anything, and the adapter refuses
// what is not a form.
export async function createTokenAction(_: ActionState<IssuedSecret>, form: unknown) {
  return runFormAction(API_PAGE, form, (actor, data) => createToken(actor, tokenFormInput(data)));
}

export async function updateTokenAction(_: ActionState, form: unknown) {
  return runFormAction(API_PAGE, form, (actor, data) =>
    updateToken(actor, data.get("tokenId"), tokenFormInput(data)),
  );
}

export async function duplicateTokenAction(_: ActionState<IssuedSecret>, form: unknown) {
  return runFormAction(API_PAGE, form, (actor, data) =>
    duplicateToken(actor, data.get("tokenId"), {
      name: data.get("name"),
      expiration: data.get("expiration"),
      customDate: data.get("customDate"),
    }),
  );
}

export async function resetTokenAction(_: ActionState<IssuedSecret>, form: unknown) {
  return runFormAction(API_PAGE, form, (actor, data) =>
    resetToken(actor, data.get("tokenId"), { grace: data.get("grace") ?? undefined }),
  );
}

export async function updateTokenVersionAction(_: ActionState, form: unknown) {
  return runFormAction(API_PAGE, form, (actor, data) =>
    updateTokenVersion(actor, data.get("tokenId"), { apiVersionId: data.get("apiVersionId") }),
  );
}

export async function revokeTokenAction(_: ActionState, form: unknown) {
  return runFormAction(API_PAGE, form, (actor, data) => revokeToken(actor, data.get("tokenId")));
}

export async function deleteTokenAction(_: ActionState, form: unknown) {
  return runFormAction(API_PAGE, form, (actor, data) => deleteToken(actor, data.get("tokenId")));
}

// Delete from the token's own page: the same command, but no refresh of that page (its token
// is gone, so it would render "not found" under the open dialog); the page then returns to
// the list, which loads afresh.
export async function deleteTokenFromPageAction(_: ActionState, form: unknown) {
  return runFormAction(TOKEN_PAGE, form, (actor, data) => deleteToken(actor, data.get("tokenId")));
}

export async function setTokenEnabledAction(tokenId: unknown, enabled: unknown) {
  return runAction(API_PAGE, (actor) => setTokenEnabled(actor, tokenId, enabled));
}

export async function setApiAccessAction(enabled: unknown) {
  return runAction(API_PAGE, (actor) => setApiAccess(actor, enabled));
}
