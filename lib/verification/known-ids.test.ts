import { describe, expect, it } from "vitest";
import { IDS_PER_TURN, KnownIds, type KnownIdsSnapshot } from "./known-ids";
import { RecordCache } from "./record-cache";

// A database of public ids and audit event ids, read through the index's two queries.
function fixture(initial: string[]) {
  const tokens = new Map<string, number>(initial.map((id, i) => [id, i + 1]));
  let lastEvent = initial.length;
  const reads: string[] = [];
  let gate: Promise<void> = Promise.resolve();
  const cache = new RecordCache({ ttlMs: 60_000, maxEntries: 100, confirmationMaxAgeMs: 1_000 });
  cache.confirmFresh(0);
  const snapshot = async (floor: number): Promise<KnownIdsSnapshot> => {
    // The rows are read as the query starts; a commit while it is in flight is not seen.
    const max = lastEvent;
    const ids = [...tokens].filter(([, event]) => event > floor).map(([id]) => id);
    await gate;
    return { ids, max };
  };
  const index = new KnownIds({
    cache,
    fullReloadMs: 60_000,
    read: {
      all: async (onPage) => {
        reads.push("all");
        const { ids, max } = await snapshot(0);
        onPage(ids);
        return { max };
      },
      since: (floor) => {
        reads.push(`since ${floor}`);
        return snapshot(floor);
      },
    },
  });
  return {
    index,
    cache,
    reads,
    create(id: string) {
      tokens.set(id, ++lastEvent);
    },
    hold() {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return release;
    },
  };
}

describe("KnownIds", () => {
  it("reads once, then refuses unknown ids without reading again", async () => {
    const f = fixture(["aaaaaaaaaaaa", "bbbbbbbbbbbb"]);
    expect(await f.index.mayExist("aaaaaaaaaaaa", 10)).toBe(true);
    for (let i = 0; i < 100; i++) expect(await f.index.mayExist(`guess${i}`.padEnd(12, "x"), 10)).toBe(false);
    expect(await f.index.mayExist("bbbbbbbbbbbb", 10)).toBe(true);
    expect(f.reads).toEqual(["all"]);
  });

  it("a change marks it stale: the next miss catches up from recent events before refusing", async () => {
    const f = fixture(["aaaaaaaaaaaa"]);
    expect(await f.index.mayExist("cccccccccccc", 10)).toBe(false);
    f.create("cccccccccccc");
    // Not yet invalidated: within the staleness bound, the new id is not known here.
    expect(await f.index.mayExist("cccccccccccc", 10)).toBe(false);
    f.cache.invalidateAll();
    expect(await f.index.mayExist("cccccccccccc", 20)).toBe(true);
    expect(await f.index.mayExist("dddddddddddd", 20)).toBe(false);
    expect(f.reads).toEqual(["all", "since 0"]);
  });

  it("an old confirmation from the change watch makes it stale too", async () => {
    const f = fixture(["aaaaaaaaaaaa"]);
    expect(await f.index.mayExist("cccccccccccc", 10)).toBe(false);
    f.create("cccccccccccc");
    expect(await f.index.mayExist("cccccccccccc", 5_000)).toBe(true);
  });

  it("knownAbsent answers without waiting only when the index is current and lacks the id", async () => {
    const f = fixture(["aaaaaaaaaaaa"]);
    // Never read: it cannot vouch for anything yet.
    expect(f.index.knownAbsent("cccccccccccc", 10)).toBe(false);
    await f.index.prime();
    expect(f.index.knownAbsent("cccccccccccc", 10)).toBe(true);
    expect(f.index.knownAbsent("aaaaaaaaaaaa", 10)).toBe(false);
    // Stale after a change, or once the change watch's confirmation is too old.
    f.cache.invalidateAll();
    expect(f.index.knownAbsent("cccccccccccc", 10)).toBe(false);
    await f.index.mayExist("cccccccccccc", 10);
    expect(f.index.knownAbsent("cccccccccccc", 10)).toBe(true);
    expect(f.index.knownAbsent("cccccccccccc", 5_000)).toBe(false);
  });

  it("misses during a read share it", async () => {
    const f = fixture(["aaaaaaaaaaaa"]);
    const release = f.hold();
    const answers = Promise.all(
      Array.from({ length: 20 }, (_, i) => f.index.mayExist(`guess${i}`.padEnd(12, "x"), 10)),
    );
    release();
    expect(await answers).toEqual(new Array(20).fill(false));
    expect(f.reads).toEqual(["all"]);
  });

  it("a change during a read is not missed: the waiting request reads again", async () => {
    const f = fixture(["aaaaaaaaaaaa"]);
    await f.index.mayExist("aaaaaaaaaaaa", 10);
    f.cache.invalidateAll();
    const release = f.hold();
    const first = f.index.mayExist("zzzzzzzzzzzz", 10);
    // The token commits (and invalidates) while the first read is in flight, having read
    // `max` before the commit; a request for it joins that read.
    f.create("cccccccccccc");
    f.cache.invalidateAll();
    const second = f.index.mayExist("cccccccccccc", 10);
    release();
    expect(await first).toBe(false);
    expect(await second).toBe(true);
  });

  it("prime() reads ahead, so the first miss does not wait for the full read", async () => {
    const f = fixture(["aaaaaaaaaaaa"]);
    f.cache.confirmFresh(Date.now());
    await f.index.prime();
    expect(f.reads).toEqual(["all"]);
    expect(await f.index.mayExist("zzzzzzzzzzzz", Date.now())).toBe(false);
    expect(f.reads).toEqual(["all"]);
  });

  it("marks a full read's ids in place, then forgets the ids it did not find in turns", async () => {
    const f = fixture([]);
    const many = Array.from({ length: 3 * IDS_PER_TURN }, (_, i) => `id${i}`.padEnd(12, "x"));
    let rows = many;
    const index = new KnownIds({
      cache: f.cache,
      fullReloadMs: 1_000,
      read: {
        all: async (onPage) => {
          for (let start = 0; start < rows.length; start += IDS_PER_TURN)
            onPage(rows.slice(start, start + IDS_PER_TURN));
          return { max: 0 };
        },
        since: () => Promise.resolve({ ids: [], max: 0 }),
      },
    });
    expect(await index.mayExist("zzzzzzzzzzzz", 10)).toBe(false);
    expect(index.size).toBe(many.length);
    // All but the last page's tokens are deleted; the next full read finds only those.
    rows = many.slice(-IDS_PER_TURN);
    f.cache.confirmFresh(5_000);
    const seenMeanwhile: number[] = [];
    setImmediate(() => seenMeanwhile.push(index.size));
    expect(await index.mayExist("zzzzzzzzzzzz", 5_000)).toBe(false);
    // The first turn came after one batch of deleted ids was forgotten, not all of them.
    expect(seenMeanwhile).toEqual([2 * IDS_PER_TURN]);
    expect(index.size).toBe(IDS_PER_TURN);
    expect(await index.mayExist(many[0] ?? "", 5_000)).toBe(false);
    expect(await index.mayExist(many.at(-1) ?? "", 5_000)).toBe(true);
  });
});
