import { describe, expect, it } from "vitest";
import { ADDRESSES_PER_TOKEN, UsageRecorder, type UsageBatch } from "./recorder";
import { HOUR_MS } from "./time";

const at = (ms: number) => new Date(Date.UTC(2026, 11, 1) + ms);
const hour = Math.floor(at(0).getTime() / HOUR_MS);

function recorder(options: { counting?: boolean; fail?: () => boolean; tokensPerWrite?: number } = {}) {
  const batches: UsageBatch[] = [];
  const usage = new UsageRecorder(
    async (batch) => {
      if (options.fail?.()) throw new Error("database busy");
      batches.push(batch);
    },
    { intervalMs: 1_000, counting: options.counting ?? true, tokensPerWrite: options.tokensPerWrite },
  );
  return { usage, batches };
}

describe("UsageRecorder", () => {
  it("keeps only the latest success per token as its last use, and writes everything in one batch", async () => {
    const { usage, batches } = recorder();
    usage.note("t1", "ok", "10.0.0.1", at(1));
    usage.note("t1", "ok", "10.0.0.2", at(2));
    usage.note("t1", "expired", "10.0.0.3", at(3));
    usage.note("t2", "ok", "10.0.0.3", at(3));
    await usage.flush();
    await usage.flush();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.lastUses).toEqual([
      { tokenId: "t1", ip: "10.0.0.2", at: at(2) },
      { tokenId: "t2", ip: "10.0.0.3", at: at(3) },
    ]);
  });

  it("adds up verifications per token, hour and outcome", async () => {
    const { usage, batches } = recorder();
    for (let i = 0; i < 5; i++) usage.note("t1", "ok", "10.0.0.1", at(i));
    for (let i = 0; i < 3; i++) usage.note("t1", "ip_not_allowed", "10.0.0.1", at(i));
    // Back to an hour and outcome already counted, after another one.
    usage.note("t1", "ok", "10.0.0.1", at(9));
    usage.note("t1", "ok", "10.0.0.1", at(HOUR_MS));
    usage.note("t2", "insufficient_scope", "10.0.0.1", at(0));
    await usage.flush();
    expect(batches[0]?.counts).toEqual([
      { tokenId: "t1", hour, outcome: "ok", count: 6 },
      { tokenId: "t1", hour, outcome: "ip_not_allowed", count: 3 },
      { tokenId: "t1", hour: hour + 1, outcome: "ok", count: 1 },
      { tokenId: "t2", hour, outcome: "insufficient_scope", count: 1 },
    ]);
  });

  it("keeps each address once with its first and last sighting, at most 10 per token", async () => {
    const { usage, batches } = recorder();
    usage.note("t1", "ok", "10.0.0.1", at(1));
    usage.note("t1", "disabled", "10.0.0.1", at(5));
    for (let i = 0; i < ADDRESSES_PER_TOKEN + 2; i++) usage.note("t2", "ok", `192.0.2.${i}`, at(10 + i));
    await usage.flush();
    const addresses = batches[0]?.addresses ?? [];
    expect(addresses.filter((a) => a.tokenId === "t1")).toEqual([
      { tokenId: "t1", address: "10.0.0.1", firstSeenAt: at(1), lastSeenAt: at(5) },
    ]);
    const t2 = addresses.filter((a) => a.tokenId === "t2").map((a) => a.address);
    expect(t2).toHaveLength(ADDRESSES_PER_TOKEN);
    // The two seen first made room for the later ones.
    expect(t2).not.toContain("192.0.2.0");
    expect(t2).not.toContain("192.0.2.1");
    expect(t2).toContain(`192.0.2.${ADDRESSES_PER_TOKEN + 1}`);
  });

  it("keeps a failed batch for the next flush: counts add up, the newer last use wins", async () => {
    let fail = true;
    const { usage, batches } = recorder({ fail: () => fail });
    usage.note("t1", "ok", "10.0.0.1", at(1));
    usage.note("t2", "ok", "10.0.0.2", at(2));
    await expect(usage.flush()).rejects.toThrow("database busy");
    usage.note("t2", "ok", "10.0.0.9", at(9));
    fail = false;
    await usage.flush();
    expect(batches[0]?.lastUses.map((u) => [u.tokenId, u.ip]).sort()).toEqual([
      ["t1", "10.0.0.1"],
      ["t2", "10.0.0.9"],
    ]);
    expect(batches[0]?.counts.find((c) => c.tokenId === "t2")?.count).toBe(2);
    expect(
      batches[0]?.addresses
        .filter((a) => a.tokenId === "t2")
        .map((a) => a.address)
        .sort(),
    ).toEqual(["10.0.0.2", "10.0.0.9"]);
  });

  it("keeps a last use noted while a batch without one for the token was failing", async () => {
    let writes = 0;
    const { usage, batches } = recorder({
      fail: () => {
        writes += 1;
        if (writes > 1) return false;
        // A success arrives while the first write is under way, then that write fails.
        usage.note("t1", "ok", "10.0.0.2", at(2));
        return true;
      },
    });
    usage.note("t1", "expired", "10.0.0.1", at(1));
    await expect(usage.flush()).rejects.toThrow("database busy");
    await usage.flush();
    expect(batches[0]?.lastUses).toEqual([{ tokenId: "t1", ip: "10.0.0.2", at: at(2) }]);
    expect([...(batches[0]?.addresses ?? [])].sort((a, b) => a.address.localeCompare(b.address))).toEqual([
      { tokenId: "t1", address: "10.0.0.1", firstSeenAt: at(1), lastSeenAt: at(1) },
      { tokenId: "t1", address: "10.0.0.2", firstSeenAt: at(2), lastSeenAt: at(2) },
    ]);
  });

  it("writes many tokens in parts, with a turn of the event loop between them", async () => {
    const events: string[] = [];
    const usage = new UsageRecorder(
      async (batch) => void events.push(`write ${batch.lastUses.map((u) => u.tokenId).join(",")}`),
      { intervalMs: 1_000, counting: true, tokensPerWrite: 2 },
    );
    for (const id of ["t1", "t2", "t3", "t4", "t5"]) usage.note(id, "ok", "10.0.0.1", at(1));
    setImmediate(() => events.push("another request"));
    await usage.flush();
    expect(events).toEqual(["write t1,t2", "another request", "write t3,t4", "write t5"]);
  });

  it("keeps a failed part and those after it, not the parts already written", async () => {
    let writes = 0;
    const { usage, batches } = recorder({ tokensPerWrite: 2, fail: () => ++writes === 2 });
    for (const id of ["t1", "t2", "t3", "t4", "t5"]) usage.note(id, "ok", "10.0.0.1", at(1));
    await expect(usage.flush()).rejects.toThrow("database busy");
    expect(usage.pendingCount).toBe(3);
    await usage.flush();
    const counted = batches.flatMap((batch) => batch.counts.map((c) => [c.tokenId, c.count]));
    expect(counted.sort()).toEqual([
      ["t1", 1],
      ["t2", 1],
      ["t3", 1],
      ["t4", 1],
      ["t5", 1],
    ]);
  });

  it("with counting off keeps last use only", async () => {
    const { usage, batches } = recorder({ counting: false });
    usage.note("t1", "ok", "10.0.0.1", at(1));
    usage.note("t2", "revoked", "10.0.0.1", at(1));
    await usage.flush();
    expect(batches).toEqual([
      { lastUses: [{ tokenId: "t1", ip: "10.0.0.1", at: at(1) }], counts: [], addresses: [] },
    ]);
  });

  it("runs the periodic step after a flush, at most once per period", async () => {
    const runs: number[] = [];
    const usage = new UsageRecorder(async () => undefined, {
      intervalMs: 1_000,
      counting: true,
      maintain: async (now) => void runs.push(now.getTime()),
      maintainEveryMs: HOUR_MS,
    });
    await usage.flush(at(0));
    await usage.flush(at(HOUR_MS - 1));
    await usage.flush(at(HOUR_MS));
    expect(runs).toEqual([at(0).getTime(), at(HOUR_MS).getTime()]);
  });
});
