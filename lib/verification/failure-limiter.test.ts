import { describe, expect, it } from "vitest";
import { BoundedMemoryLimiter, FailureLimiter } from "./failure-limiter";

function memoryLimiter(points: number, maxKeys = 1_000) {
  const memory = new BoundedMemoryLimiter({ points, durationSeconds: 60, maxKeys });
  return { memory, limiter: new FailureLimiter({ consume: memory.consume, ipv6Prefix: 64 }) };
}

describe("FailureLimiter", () => {
  it("lets `limit` failures through, then answers how long the group must wait", async () => {
    const { limiter } = memoryLimiter(3);
    for (let i = 0; i < 3; i++) expect(await limiter.charge("198.51.100.1")).toBe(0);
    const wait = await limiter.charge("198.51.100.1");
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limiter.charge("198.51.100.2")).toBe(0);
  });

  it("counts an IPv6 /64 as one client, and an IPv4-mapped address as the IPv4 one", async () => {
    const { limiter } = memoryLimiter(2);
    expect(await limiter.charge("2001:db8:1:2::1")).toBe(0);
    expect(await limiter.charge("2001:db8:1:2::ffff")).toBe(0);
    expect(await limiter.charge("2001:db8:1:2:abcd::9")).toBeGreaterThan(0);
    expect(await limiter.charge("2001:db8:1:3::1")).toBe(0);

    expect(await limiter.charge("198.51.100.9")).toBe(0);
    expect(await limiter.charge("::ffff:198.51.100.9")).toBe(0);
    expect(await limiter.charge("198.51.100.9")).toBeGreaterThan(0);
  });

  it("fails open when the store cannot answer, and says so once", async () => {
    const logged: string[] = [];
    const limiter = new FailureLimiter({
      consume: () => Promise.reject(new Error("connection refused")),
      ipv6Prefix: 64,
      log: (message) => logged.push(message),
    });
    expect(await limiter.charge("198.51.100.1")).toBe(0);
    expect(await limiter.charge("198.51.100.1")).toBe(0);
    expect(logged).toEqual(["keyward: the failure limit store is unavailable: connection refused"]);
  });
});

describe("BoundedMemoryLimiter", () => {
  it("forgets the groups that failed longest ago, and keeps every other count", async () => {
    const { memory, limiter } = memoryLimiter(1, 100);
    const address = (i: number) => `10.0.${i >> 8}.${i & 255}`;
    for (let i = 0; i < 1_000; i++) expect(await limiter.charge(address(i))).toBe(0);
    expect(memory.size).toBe(100);
    // The newest hundred still hold their count: a second failure is over the limit.
    for (let i = 900; i < 1_000; i++) expect(await limiter.charge(address(i))).toBeGreaterThan(0);
    // The oldest were forgotten one by one, not all at once: a fresh window starts.
    expect(await limiter.charge(address(0))).toBe(0);
    expect(memory.size).toBe(100);
  });

  it("a group that fails again moves to the back of the line", async () => {
    const { memory, limiter } = memoryLimiter(5, 3);
    await limiter.charge("10.0.0.1");
    await limiter.charge("10.0.0.2");
    await limiter.charge("10.0.0.3");
    await limiter.charge("10.0.0.1");
    await limiter.charge("10.0.0.4");
    expect(memory.size).toBe(3);
    // 10.0.0.2 was the oldest and was forgotten; 10.0.0.1 kept its two failures.
    for (let i = 0; i < 3; i++) expect(await limiter.charge("10.0.0.1")).toBe(0);
    expect(await limiter.charge("10.0.0.1")).toBeGreaterThan(0);
  });
});
