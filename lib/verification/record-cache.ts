import type { VerificationRecord } from "./load-token-record";

// Token records by public id, so a verification usually costs no database round trip.
// What is cached is the row, never a verdict: expiry, grace periods and the IP rule are
// decided afresh on every request. An unknown public id is cached as null, so a repeated
// guess is cheap too.
//
// Freshness: any change committed on this instance empties the cache at once
// (invalidateAll, subscribed to lib/db/after-commit.ts by invalidateOnCommit in runtime.ts,
// which auditedTransaction notifies). Changes made by other instances are seen
// by ChangeWatch, which confirms at least every stalenessMs that nothing changed; when
// confirmation is late (database down, event loop stalled) the cache is bypassed rather
// than trusted.
export type RecordCacheOptions = {
  ttlMs: number;
  maxEntries: number;
  // How old the last "nothing changed" confirmation may be before entries stop being served.
  confirmationMaxAgeMs: number;
  // Where each entry's share of the spread below comes from (tests pass their own).
  random?: () => number;
  // Reads a row again, for an entry in use past its time to live (see lookup).
  reload?: (publicId: string) => Promise<VerificationRecord | null>;
};

// Each entry lives between 80 % and 100 % of ttlMs. Entries stored together (a burst of
// traffic after a start or an invalidation) would otherwise all expire in the same
// instant, and their reloads, synchronous on SQLite, stall every request behind them.
const TTL_SPREAD = 0.2;

type Hit = { readonly hit: true; readonly record: VerificationRecord | null };
// hit: the record, as lookup hands it out, built once when it is stored (a lookup is on
// every verification's path, and allocates nothing when it finds the entry).
type Entry = { hit: Hit; expiresAt: number; reloading: boolean };

export type CacheLookup = Hit | { hit: false; generation: number };

export class RecordCache {
  private entries = new Map<string, Entry>();
  private confirmedAt = Number.NEGATIVE_INFINITY;
  // Bumped by every invalidation. A load that began under an older generation may have
  // read the row before the change committed, so its result is not stored.
  private generation = 0;

  constructor(private readonly options: RecordCacheOptions) {}

  // An entry past its time to live, but by less than another, is still served while a
  // reload runs in the background (at most one per entry), when the cache has a `reload`:
  // otherwise every hot token expired at once after a quiet minute, and the requests that
  // resumed traffic all waited for the database. The change watch still vouches for it, so
  // only a row edited outside Keyward can be served stale, for at most twice the TTL.
  lookup(publicId: string, now: number): CacheLookup {
    const entry = this.entries.get(publicId);
    if (entry && this.isConfirmed(now)) {
      if (now < entry.expiresAt) return entry.hit;
      if (this.options.reload && now < entry.expiresAt + this.options.ttlMs) {
        if (!entry.reloading) this.reloadInBackground(publicId, entry, this.options.reload);
        return entry.hit;
      }
    }
    return { hit: false, generation: this.generation };
  }

  store(publicId: string, record: VerificationRecord | null, loadedUnder: number, now: number): void {
    if (loadedUnder !== this.generation) return;
    if (this.entries.size >= this.options.maxEntries) this.evictOldest();
    this.entries.delete(publicId);
    const random = this.options.random ?? Math.random;
    const expiresAt = now + this.options.ttlMs * (1 - TTL_SPREAD * random());
    this.entries.set(publicId, { hit: Object.freeze({ hit: true, record }), expiresAt, reloading: false });
  }

  invalidateAll(): void {
    this.generation++;
    this.entries.clear();
  }

  // Called by the change watch each time it has checked that nothing changed elsewhere.
  confirmFresh(at: number): void {
    this.confirmedAt = at;
  }

  // Whether the change watch vouched for this instance's view recently enough; indexes kept
  // beside the cache (KnownIds) follow the same rule.
  isConfirmed(now: number): boolean {
    return now - this.confirmedAt <= this.options.confirmationMaxAgeMs;
  }

  get size(): number {
    return this.entries.size;
  }

  get currentGeneration(): number {
    return this.generation;
  }

  // The reloaded row replaces the entry unless the cache was emptied meanwhile (store checks
  // the generation) or a request's own load got there first. A failed reload leaves the
  // entry to be tried again by the next request, and to expire at the end of its grace.
  private reloadInBackground(
    publicId: string,
    entry: Entry,
    reload: NonNullable<RecordCacheOptions["reload"]>,
  ) {
    entry.reloading = true;
    const generation = this.generation;
    reload(publicId).then(
      (record) => {
        if (this.entries.get(publicId) === entry) this.store(publicId, record, generation, Date.now());
      },
      () => {
        entry.reloading = false;
      },
    );
  }

  // Map iteration follows insertion order, and store() re-inserts, so the first key is the
  // entry stored longest ago.
  private evictOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}
