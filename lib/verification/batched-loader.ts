// Loads asked for in the same turn of the event loop go to the database together, in one
// query per maxBatch keys, and a key asked for by several requests is loaded once. After a
// change empties the cache (or traffic resumes after a quiet minute), every hot token
// misses at once: loaded one query each, 1,000 tokens held verification for about a second
// on SQLite, where each query is synchronous.
export type LoadMany<T> = (keys: string[]) => Promise<Map<string, T>>;

type Waiter<T> = { resolve: (value: T | null) => void; reject: (error: unknown) => void };

// gatherMs > 0 waits that long from the first key instead of one turn: for loads nobody
// waits on (the cache's background reloads), which otherwise trickle in a few per turn and
// went to the database one tiny query each.
export function batchedLoader<T>(
  loadMany: LoadMany<T>,
  maxBatch: number,
  gatherMs = 0,
): (key: string) => Promise<T | null> {
  let pending = new Map<string, Waiter<T>[]>();
  const run = () => {
    const batch = pending;
    pending = new Map();
    const keys = [...batch.keys()];
    for (let start = 0; start < keys.length; start += maxBatch) {
      const part = keys.slice(start, start + maxBatch);
      const settle = (each: (waiter: Waiter<T>, key: string) => void) => {
        for (const key of part) for (const waiter of batch.get(key) ?? []) each(waiter, key);
      };
      loadMany(part).then(
        (found) => settle((waiter, key) => waiter.resolve(found.get(key) ?? null)),
        (error: unknown) => settle((waiter) => waiter.reject(error)),
      );
    }
  };
  return (key) =>
    new Promise<T | null>((resolve, reject) => {
      if (pending.size === 0) {
        if (gatherMs > 0) setTimeout(run, gatherMs).unref();
        else setImmediate(run);
      }
      const waiters = pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else pending.set(key, [{ resolve, reject }]);
    });
}
