import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { NOT_FOUND_MESSAGE } from "@/lib/commands/result";
import type { DbTransaction } from "@/lib/db/client";
import { TOKEN_COMMAND_MESSAGES } from "../messages";

export const REVOKED_IS_FINAL = TOKEN_COMMAND_MESSAGES.revokedIsFinal;

// What every command needs of its token to write the audit event.
const AUDITED = { id: true, name: true, hint: true } as const;

// The token a command acts on, with the columns it needs: a token of another account is
// indistinguishable from one that does not exist, since the lookup carries the account id.
export function accountToken<S extends Record<string, unknown>>(select: S) {
  return {
    find: (tx: DbTransaction, actor: Actor, id: string) =>
      tx.apiToken.findFirst({ where: { id, accountId: actor.accountId }, select: { ...AUDITED, ...select } }),
    missing: NOT_FOUND_MESSAGE,
  };
}

// The same for the commands that change a token in place: a revoked token is frozen.
export function changeableToken<S extends Record<string, unknown>>(select: S) {
  const target = accountToken({ ...select, revokedAt: true as const });
  return {
    ...target,
    refuse: (token: { revokedAt: Date | null }) => (token.revokedAt ? REVOKED_IS_FINAL : null),
  };
}
