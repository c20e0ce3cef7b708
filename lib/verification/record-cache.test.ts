import { describe, expect, it } from "vitest";
import type { VerificationRecord } from "./load-token-record";
import { RecordCache } from "./record-cache";

const record = (publicId: string) =>
  ({ publicId, name: `token ${publicId}` }) as unknown as VerificationRecord;

function cache(over: Partial<ConstructorParameters<typeof RecordCache>[0]> = {}) {
  const c = new RecordCache({
    ttlMs: 10_000,
    maxEntries: 3,
    confirmationMaxAgeMs: 1_000,
    random: () => 0,
    ...over,
  });
  c.confirmFresh(0);
  return c;
}

function storeFresh(c: RecordCache, publicId: string, value: VerificationRecord | null, now = 0) {
  const miss = c.lookup(publicId, now);
  if (miss.hit) throw new Error("expected a miss");
  c.store(publicId, value, miss.generation, now);
}

describe("RecordCache", () => {
  it("serves stored records and unknown ids (null) until invalidated", () => {
    const c = cache();
    storeFresh(c, "a", record("a"));
    storeFresh(c, "zz", null);
    expect(c.lookup("a", 10)).toEqual({ hit: true, record: record("a") });
    expect(c.lookup("zz", 10)).toEqual({ hit: true, record: null });
    c.invalidateAll();
    expect(c.lookup("a", 10).hit).toBe(false);
    expect(c.lookup("zz", 10).hit).toBe(false);
  });

  it("hands out one lookup object per stored entry, so a hit allocates nothing", () => {
    const c = cache();
    storeFresh(c, "a", record("a"));
    const first = c.lookup("a", 10);
    expect(c.lookup("a", 20)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    storeFresh(c, "b", record("b"));
    expect(c.lookup("b", 10)).not.toBe(first);
  });

  it("does not store a load that began before an invalidation (it may have read the old row)", () => {
    const c = cache();
    const miss = c.lookup("a", 0);
    if (miss.hit) throw new Error("expected a miss");
    // The lifecycle command commits and drops the cache while the load is in flight.
    c.invalidateAll();
    c.store("a", record("a"), miss.generation, 5);
    expect(c.lookup("a", 6).hit).toBe(false);
    expect(c.size).toBe(0);
  });

  it("stops serving when the last freshness confirmation is too old, and resumes after a new one", () => {
    const c = cache();
    storeFresh(c, "a", record("a"));
    expect(c.lookup("a", 1_000).hit).toBe(true);
    expect(c.lookup("a", 1_001).hit).toBe(false);
    c.confirmFresh(1_000);
    expect(c.lookup("a", 1_500).hit).toBe(true);
  });

  it("never serves an entry older than its time to live", () => {
    const c = cache({ ttlMs: 100, confirmationMaxAgeMs: 10_000 });
    storeFresh(c, "a", record("a"));
    expect(c.lookup("a", 99).hit).toBe(true);
    expect(c.lookup("a", 100).hit).toBe(false);
  });

  it("spreads the expiry of entries stored together over the last fifth of their time to live", () => {
    const shares = [0, 0.5, 0.999];
    const c = cache({ ttlMs: 100, confirmationMaxAgeMs: 10_000, random: () => shares.shift() ?? 0 });
    for (const id of ["a", "b", "c"]) storeFresh(c, id, record(id));
    expect(["a", "b", "c"].map((id) => c.lookup(id, 85).hit)).toEqual([true, true, false]);
    expect(["a", "b", "c"].map((id) => c.lookup(id, 95).hit)).toEqual([true, false, false]);
    expect(c.lookup("a", 80).hit).toBe(true);
    expect(["a", "b", "c"].map((id) => c.lookup(id, 100).hit)).toEqual([false, false, false]);
  });

  it("is bounded: the entry stored longest ago makes room", () => {
    const c = cache();
    for (const id of ["a", "b", "c", "d"]) storeFresh(c, id, record(id));
    expect(c.size).toBe(3);
    expect(c.lookup("a", 1).hit).toBe(false);
    expect(c.lookup("d", 1).hit).toBe(true);
  });

  describe("past its time to live, with a reload", () => {
    // A reload the test settles by hand, and the ids it was asked for.
    function reloads() {
      const asked: string[] = [];
      const settle: {
        resolve: (value: VerificationRecord | null) => void;
        reject: (error: Error) => void;
      }[] = [];
      const reload = (publicId: string) =>
        new Promise<VerificationRecord | null>((resolve, reject) => {
          asked.push(publicId);
          settle.push({ resolve, reject });
        });
      return { asked, settle, reload };
    }
    const renamed = (publicId: string) =>
      ({ publicId, name: `renamed ${publicId}` }) as unknown as VerificationRecord;
    const turn = () => new Promise((resolve) => setImmediate(resolve));

    it("serves the entry while one reload runs in the background, then the reloaded row", async () => {
      const r = reloads();
      const c = cache({ ttlMs: 100, confirmationMaxAgeMs: 10_000, reload: r.reload });
      storeFresh(c, "a", record("a"));
      expect(c.lookup("a", 99)).toEqual({ hit: true, record: record("a") });
      expect(r.asked).toEqual([]);
      expect(c.lookup("a", 100)).toEqual({ hit: true, record: record("a") });
      expect(c.lookup("a", 150)).toEqual({ hit: true, record: record("a") });
      expect(r.asked).toEqual(["a"]);
      r.settle[0]?.resolve(renamed("a"));
      await turn();
      expect(c.lookup("a", 160)).toEqual({ hit: true, record: renamed("a") });
    });

    it("never serves it past twice the time to live", () => {
      const r = reloads();
      const c = cache({ ttlMs: 100, confirmationMaxAgeMs: 10_000, reload: r.reload });
      storeFresh(c, "a", record("a"));
      expect(c.lookup("a", 199).hit).toBe(true);
      expect(c.lookup("a", 200).hit).toBe(false);
    });

    it("nor once the change watch's confirmation is too old", () => {
      const r = reloads();
      const c = cache({ ttlMs: 100, confirmationMaxAgeMs: 150, reload: r.reload });
      storeFresh(c, "a", record("a"));
      expect(c.lookup("a", 151).hit).toBe(false);
      expect(r.asked).toEqual([]);
    });

    it("drops a reload that began before an invalidation", async () => {
      const r = reloads();
      const c = cache({ ttlMs: 100, confirmationMaxAgeMs: 10_000, reload: r.reload });
      storeFresh(c, "a", record("a"));
      c.lookup("a", 120);
      c.invalidateAll();
      r.settle[0]?.resolve(renamed("a"));
      await turn();
      expect(c.lookup("a", 130).hit).toBe(false);
    });

    it("leaves a failed reload to the next request", async () => {
      const r = reloads();
      const c = cache({ ttlMs: 100, confirmationMaxAgeMs: 10_000, reload: r.reload });
      storeFresh(c, "a", record("a"));
      c.lookup("a", 120);
      r.settle[0]?.reject(new Error("database unreachable"));
      await turn();
      expect(c.lookup("a", 130)).toEqual({ hit: true, record: record("a") });
      expect(r.asked).toEqual(["a", "a"]);
    });
  });
});
