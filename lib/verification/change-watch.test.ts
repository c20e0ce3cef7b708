import { describe, expect, it } from "vitest";
import { ChangeWatch, type ChangeSignature } from "./change-watch";
import type { VerificationRecord } from "./load-token-record";
import { RecordCache } from "./record-cache";

// A fake audit table: the ids of committed events.
function auditTable(...ids: number[]) {
  const committed = new Set(ids);
  const read = async (floor: number): Promise<ChangeSignature> => {
    const above = [...committed].filter((id) => id > floor);
    return { max: above.length ? Math.max(...above) : floor, count: above.length };
  };
  return { committed, read };
}

function setup(...ids: number[]) {
  const table = auditTable(...ids);
  const cache = new RecordCache({ ttlMs: 60_000, maxEntries: 10, confirmationMaxAgeMs: 1_000 });
  let now = 0;
  const watch = new ChangeWatch(table.read, cache, 500, () => now);
  const cached = () => {
    const miss = cache.lookup("a", now);
    if (!miss.hit) cache.store("a", {} as VerificationRecord, miss.generation, now);
  };
  return {
    table,
    cache,
    watch,
    cached,
    advance: (ms: number) => (now += ms),
    isCached: () => cache.lookup("a", now).hit,
  };
}

describe("ChangeWatch", () => {
  it("confirms the cache while nothing changes", async () => {
    const s = setup(1, 2, 3);
    await s.watch.check();
    s.cached();
    s.advance(400);
    await s.watch.check();
    s.advance(900);
    expect(s.isCached()).toBe(true);
  });

  it("empties the cache when another instance commits a change", async () => {
    const s = setup(1, 2, 3);
    await s.watch.check();
    s.cached();
    s.table.committed.add(4);
    await s.watch.check();
    expect(s.isCached()).toBe(false);
  });

  it("notices an event that commits after a higher id was already seen (PostgreSQL sequences)", async () => {
    const s = setup(1, 2, 3, 5);
    await s.watch.check();
    s.cached();
    s.table.committed.add(4);
    await s.watch.check();
    expect(s.isCached()).toBe(false);
  });

  it("leaves the cache unconfirmed when the check fails, so entries stop being served", async () => {
    const s = setup(1);
    await s.watch.check();
    s.cached();
    const failing = new ChangeWatch(async () => Promise.reject(new Error("down")), s.cache, 500);
    await expect(failing.check()).rejects.toThrow("down");
    s.advance(1_001);
    expect(s.isCached()).toBe(false);
  });
});
