import "server-only";
import { z } from "zod";
import { auditedTransaction } from "@/lib/audit/audited-transaction";
import type { Actor } from "@/lib/auth/actor";
import { can, type Capability } from "@/lib/auth/roles";
import type { DbTransaction } from "@/lib/db/client";
import { fail, invalid, refused, type ActionState } from "./result";
import { targetId } from "./target-id";

// The object a command acts on, looked up within the actor's account inside the
// transaction: another account's object is indistinguishable from one that does not exist.
export type CommandTarget<R> = {
  find: (tx: DbTransaction, actor: Actor, id: string) => Promise<R | null>;
  missing: string;
  // The message refusing an object found in a state that forbids the command, if any.
  refuse?: (found: R) => string | null;
};

export type CommandContext<I, R, P> = { actor: Actor; input: I; target: R; prepared: P };

type Transaction = <X>(work: (tx: DbTransaction) => Promise<ActionState<X>>) => Promise<ActionState<X>>;

type CommandSpec<S extends z.ZodType, R, P, T> = {
  // "own account": any signed-in user acting on themselves (their password, their sessions).
  capability: Capability | "own account";
  // A function when the rules depend on who asks (a role's longest token lifetime).
  input?: S | ((actor: Actor) => S);
  // Work after validation and outside the transaction, too slow to hold its locks (argon2).
  prepare?: (input: z.output<S>, actor: Actor) => Promise<ActionState<P>>;
  target?: CommandTarget<R>;
  // auditedTransaction unless the command maps its own constraint violations around it.
  transaction?: Transaction;
  run: (tx: DbTransaction, ctx: CommandContext<z.output<S>, R, P>) => Promise<ActionState<T>>;
};

// Commands without input (delete, revoke) take none.
const NO_INPUT = z.unknown().transform(() => undefined);

export type AccountCommand<T> = (actor: Actor, input?: unknown) => Promise<ActionState<T>>;
export type TargetCommand<T> = (actor: Actor, targetId: unknown, input?: unknown) => Promise<ActionState<T>>;

// The one way to define a command, in a fixed order: authorize (the actor's role has the
// capability) → validate (zod, errors flattened here once) → prepare → one audited
// transaction that looks the target up within the actor's account and mutates.
// Authentication is the server action's: a command always receives an Actor.
export function defineCommand<S extends z.ZodType = typeof NO_INPUT, P = undefined, T = undefined>(
  spec: CommandSpec<S, undefined, P, T> & { target?: undefined },
): AccountCommand<T>;
export function defineCommand<
  S extends z.ZodType = typeof NO_INPUT,
  R = unknown,
  P = undefined,
  T = undefined,
>(spec: CommandSpec<S, R, P, T> & { target: CommandTarget<R> }): TargetCommand<T>;
export function defineCommand<S extends z.ZodType, R, P, T>(spec: CommandSpec<S, R, P, T>) {
  const transaction: Transaction = spec.transaction ?? auditedTransaction;

  async function execute(actor: Actor, rawId: unknown, rawInput: unknown): Promise<ActionState<T>> {
    if (spec.capability !== "own account" && !can(actor.role, spec.capability)) return refused();

    const schema = typeof spec.input === "function" ? spec.input(actor) : (spec.input ?? NO_INPUT);
    const parsed = schema.safeParse(rawInput);
    if (!parsed.success) return validationFailure(parsed.error);
    const input = parsed.data as z.output<S>;

    let prepared = undefined as P;
    if (spec.prepare) {
      const outcome = await spec.prepare(input, actor);
      if (!outcome.ok) return outcome;
      prepared = outcome.data;
    }

    const { target: lookup } = spec;
    const id = lookup ? targetId(rawId) : null;
    if (lookup && id === null) return fail(lookup.missing);

    return transaction(async (tx) => {
      let target = undefined as R;
      if (lookup && id !== null) {
        const found = await lookup.find(tx, actor, id);
        if (found === null) return fail(lookup.missing);
        const refusal = lookup.refuse?.(found);
        if (refusal) return fail(refusal);
        target = found;
      }
      return spec.run(tx, { actor, input, target, prepared });
    });
  }

  return spec.target
    ? (actor: Actor, id: unknown, input?: unknown) => execute(actor, id, input)
    : (actor: Actor, input?: unknown) => execute(actor, undefined, input);
}

// Field errors next to their fields; an input that is not a form at all (a switch's
// boolean) has only its schema's own message.
function validationFailure(error: z.ZodError): ActionState<never> {
  const { formErrors, fieldErrors } = z.flattenError(error);
  const [message] = formErrors;
  if (message !== undefined && Object.keys(fieldErrors).length === 0) return fail(message);
  return invalid(fieldErrors);
}
