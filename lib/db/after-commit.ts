// Listeners told when a change has committed on this instance, so anything that keeps the
// database's state in memory (the verification cache) drops it before the next request.
export type CommitListener = () => void;

// Next.js runs the console's server actions from its own bundle, with its own copy of this
// module, while scripts/start.ts loads another copy that the verification runtime subscribes
// through: the registry lives in one process-wide slot so a commit in either copy reaches
// listeners registered in the other.
const REGISTRY_SLOT = Symbol.for("keyward.db.after-commit");

type Registry = Set<CommitListener>;

function registry(): Registry {
  const slot = globalThis as { [REGISTRY_SLOT]?: Registry };
  slot[REGISTRY_SLOT] ??= new Set();
  return slot[REGISTRY_SLOT];
}

// Returns the function that unsubscribes this listener.
export function onCommit(listener: CommitListener): () => void {
  // A wrapper of its own, so subscribing the same function twice needs two unsubscribes.
  const entry: CommitListener = () => listener();
  registry().add(entry);
  return () => {
    registry().delete(entry);
  };
}

// Called once a transaction has committed. Every listener runs even if one throws; the
// first error is then rethrown, so a failed invalidation is never silent.
export function notifyCommitted(): void {
  let failure: { error: unknown } | undefined;
  for (const listener of registry()) {
    try {
      listener();
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) throw failure.error;
}
