import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { NOT_FOUND_MESSAGE } from "@/lib/commands/result";
import type { DbTransaction } from "@/lib/db/client";

// The token a command acts on, with the columns it needs: a token of another account is
// indistinguishable from one that does not exist, since the lookup carries the account id.
export function accountToken<S extends Record<string, unknown>>(select: S) {
  return {
    find: (tx: DbTransaction, actor: Actor, id: string) =>
      tx.apiToken.findFirst({ where: { id, accountId: actor.accountId }, select }),
    missing: NOT_FOUND_MESSAGE,
  };
}
