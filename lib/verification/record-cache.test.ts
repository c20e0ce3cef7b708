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
});
