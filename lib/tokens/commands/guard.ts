import "server-only";
import type { Actor } from "@/lib/actions/actor";
import { fail, NOT_FOUND_MESSAGE, type ActionState } from "@/lib/actions/result";
import { NOT_ALLOWED } from "@/lib/auth/messages";
import { can, type Capability } from "@/lib/auth/roles";
import type { DbTransaction } from "@/lib/db/client";

export const refused = (): ActionState<never> => fail(NOT_ALLOWED);
export const notFound = (): ActionState<never> => fail(NOT_FOUND_MESSAGE);

export function allowed(actor: Actor, capability: Capability): boolean {
  return can(actor.role, capability);
}

// A token of another account is indistinguishable from one that does not exist: every
// lookup carries the actor's account id.
export async function findAccountToken<S extends Record<string, unknown>>(
  tx: DbTransaction,
  actor: Actor,
  tokenId: unknown,
  select: S,
) {
  if (typeof tokenId !== "string" || tokenId.length === 0 || tokenId.length > 64) return null;
  return tx.apiToken.findFirst({ where: { id: tokenId, accountId: actor.accountId }, select });
}
