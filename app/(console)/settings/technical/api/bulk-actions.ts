"use server";

// Server actions of the API page's bulk toolbar. Each is a public endpoint: the adapter
// resolves the signed-in actor, the lib/ command checks the role and the selection, and
// every token again within the account.
import {
  bulkDeleteTokens,
  bulkDisableTokens,
  bulkEnableTokens,
  bulkRevokeTokens,
} from "@/lib/tokens/bulk/bulk-command";
import { previewBulkSelection } from "@/lib/tokens/bulk/preview";
import { runAction, type ActionScope } from "../../../_lib/server-action";

const API_PAGE: ActionScope = { actor: "working", revalidate: { path: "/settings/technical/api" } };

export async function bulkDisableAction(selection: unknown) {
  return runAction(API_PAGE, (actor) => bulkDisableTokens(actor, selection));
}

export async function bulkEnableAction(selection: unknown) {
  return runAction(API_PAGE, (actor) => bulkEnableTokens(actor, selection));
}

export async function bulkRevokeAction(selection: unknown) {
  return runAction(API_PAGE, (actor) => bulkRevokeTokens(actor, selection));
}

export async function bulkDeleteAction(selection: unknown) {
  return runAction(API_PAGE, (actor) => bulkDeleteTokens(actor, selection));
}

export async function previewBulkSelectionAction(filters: unknown) {
  return runAction({ actor: "working" }, (actor) => previewBulkSelection(actor, filters));
}
