import { setImmediate as nextTurn } from "node:timers/promises";
import { LATE_COMMIT_WINDOW } from "./change-watch";
import type { RecordCache } from "./record-cache";

// Reads for the index. `max` is the highest audit event id when the read began. `all` hands
// every token's public id to onPage, a page at a time; `since` returns those of tokens named
// by events above `floor`.
export type KnownIdsSnapshot = { ids: string[]; max: number };
export type ReadKnownIds = {
  all: (onPage: (ids: readonly string[]) => void) => Promise<{ max: number }>;
  since: (floor: number) => Promise<KnownIdsSnapshot>;
};

export type KnownIdsOptions = {
  read: ReadKnownIds;
  cache: RecordCache;
  // Longest between two full reads, which also forget deleted tokens and catch rows written
  // outside Keyward (no audit event).
  fullReloadMs: number;
};

// Tries before an index that keeps going stale under a stream of changes leaves the verdict
// to the database (a lookup), rather than refusing a token it might not have seen yet.
const MAX_REFRESHES = 3;

// Ids forgotten per turn of the event loop after a full read. Going through 100,000 at once
// takes milliseconds, a stall of every verification once a minute; 2,000 take well under one.
export const IDS_PER_TURN = 2_000;

// The public ids that exist, in memory (about 50 bytes each: 100,000 tokens take ~5 MB), so a
// well-formed token with a made-up public id is refused without a database lookup. Anyone
// can compute a valid checksum, so this, not the checksum, is what keeps a stream of fresh
// guesses off the database.
//
// It never refuses a real token. It goes stale exactly when the record cache is invalidated
// (a commit on this instance, or the change watch seeing one elsewhere, both bump the
// cache's generation) or when the watch's confirmation is too old; a miss against a stale
// index first catches up, reading only the tokens named by recent audit events, and only
// then concludes "unknown". Ids that were deleted stay until the next full read: they cost
// a lookup, never a wrong answer.
export class KnownIds {
  // Each id with the number of the last full read that saw it (for an id a catch-up added,
  // the number of the last full read before it). A full read marks what it finds in place and then forgets the
  // ids it did not find: the strings already held are kept, and the 100,000 the read brings
  // in are garbage at once instead of survivors to copy, and no second index is built.
  private ids = new Map<string, number>();
  private fullReads = 0;
  private floor = 0;
  private fullReadAt = Number.NEGATIVE_INFINITY;
  private readUnder: number | undefined;
  private pending: Promise<void> | undefined;

  constructor(private readonly options: KnownIdsOptions) {}

  // False only when no token has this public id.
  async mayExist(publicId: string, now: number): Promise<boolean> {
    for (let attempt = 0; attempt < MAX_REFRESHES; attempt++) {
      if (this.ids.has(publicId)) return true;
      if (this.isCurrent(now)) return false;
      await this.refresh(now);
    }
    return true;
  }

  // True only when the index is current and lacks this id: the verdict mayExist would reach
  // without reading anything, given without a promise (a stream of unknown tokens is then
  // refused as cheaply as a cached one is accepted). False means "ask mayExist".
  knownAbsent(publicId: string, now: number): boolean {
    return !this.ids.has(publicId) && this.isCurrent(now);
  }

  // Reads the index before the first miss needs it (at start), so no request waits for the
  // full read: on SQLite it is synchronous, about 0.1–1 s for 100,000 tokens.
  prime(): Promise<void> {
    return this.refresh(Date.now());
  }

  get size(): number {
    return this.ids.size;
  }

  private isCurrent(now: number): boolean {
    const { cache, fullReloadMs } = this.options;
    return (
      this.readUnder === cache.currentGeneration &&
      cache.isConfirmed(now) &&
      now - this.fullReadAt < fullReloadMs
    );
  }

  // One read at a time; requests that miss meanwhile wait for it. A request that began
  // after the read did re-checks isCurrent() afterwards, and reads again if needed.
  private refresh(now: number): Promise<void> {
    this.pending ??= this.read(now).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async read(now: number): Promise<void> {
    const generation = this.options.cache.currentGeneration;
    if (now - this.fullReadAt >= this.options.fullReloadMs) {
      const read = ++this.fullReads;
      // Ids found are marked (or added) as each page arrives; until the read ends, ids it has
      // not reached yet still answer from the previous read.
      const { max } = await this.options.read.all((page) => {
        for (const id of page) this.ids.set(id, read);
      });
      await this.forgetUnseen(read);
      this.fullReadAt = now;
      this.floor = Math.max(0, max - LATE_COMMIT_WINDOW);
    } else {
      const snapshot = await this.options.read.since(this.floor);
      for (const id of snapshot.ids) this.ids.set(id, this.fullReads);
      this.floor = Math.max(this.floor, snapshot.max - LATE_COMMIT_WINDOW);
    }
    this.readUnder = generation;
  }

  // Deleted tokens' ids, IDS_PER_TURN at a time (a Map's iteration survives deletions).
  private async forgetUnseen(read: number): Promise<void> {
    let visited = 0;
    for (const [id, seen] of this.ids) {
      if (seen !== read) this.ids.delete(id);
      if (++visited % IDS_PER_TURN === 0) await nextTurn();
    }
  }
}
