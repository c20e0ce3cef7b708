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
};

// Each entry lives between 80 % and 100 % of ttlMs. Entries stored together (a burst of
// traffic after a start or an invalidation) would otherwise all expire in the same
// instant, and their reloads, synchronous on SQLite, stall every request behind them.
const TTL_SPREAD = 0.2;

type Entry = { record: VerificationRecord | null; expiresAt: number };

export type CacheLookup =
  { hit: true; record: VerificationRecord | null } | { hit: false; generation: number };

export class RecordCache {
  private entries = new Map<string, Entry>();
  private confirmedAt = Number.NEGATIVE_INFINITY;
  // Bumped by every invalidation. A load that began under an older generation may have
  // read the row before the change committed, so its result is not stored.
  private generation = 0;

  constructor(private readonly options: RecordCacheOptions) {}

  lookup(publicId: string, now: number): CacheLookup {
    const entry = this.entries.get(publicId);
    if (entry && this.servable(entry, now)) return { hit: true, record: entry.record };
    return { hit: false, generation: this.generation };
  }

  store(publicId: string, record: VerificationRecord | null, loadedUnder: number, now: number): void {
    if (loadedUnder !== this.generation) return;
    if (this.entries.size >= this.options.maxEntries) this.evictOldest();
    this.entries.delete(publicId);
    const random = this.options.random ?? Math.random;
    this.entries.set(publicId, { record, expiresAt: now + this.options.ttlMs * (1 - TTL_SPREAD * random()) });
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

  private servable(entry: Entry, now: number): boolean {
    return now < entry.expiresAt && this.isConfirmed(now);
  }

  // Map iteration follows insertion order, and store() re-inserts, so the first key is the
  // entry stored longest ago.
  private evictOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }
}
