import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { clientGroup } from "./client-group";

// Counts failing presentations (malformed tokens and unknown ones, wrong secrets included)
// per client group. It is consulted only after a presentation failed, never for one that
// succeeds: a valid token answers 204 whatever its neighbours did, so an attacker behind
// the same gateway or NAT cannot lock real integrations out. A noisy group's further
// failures answer 429 with Retry-After instead of 401.
export type Consume = (key: string) => Promise<unknown>;

export type FailureLimiterOptions = {
  consume: Consume;
  ipv6Prefix: number;
  close?: () => Promise<void>;
  log?: (message: string) => void;
};

// A store that cannot be reached must not make verification fail: the limiter alone fails
// open (the failure is still a 401), and says so at most once a minute.
const STORE_ERROR_LOG_INTERVAL_MS = 60_000;

export class FailureLimiter {
  private lastLoggedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: FailureLimiterOptions) {}

  // Seconds the client's group must wait, or 0 while it is under the limit. Never rejects.
  async charge(clientIp: string): Promise<number> {
    try {
      await this.options.consume(clientGroup(clientIp, this.options.ipv6Prefix));
      return 0;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      this.logStoreError(outcome);
      return 0;
    }
  }

  async close(): Promise<void> {
    await this.options.close?.();
  }

  private logStoreError(error: unknown): void {
    const now = Date.now();
    if (now - this.lastLoggedAt < STORE_ERROR_LOG_INTERVAL_MS) return;
    this.lastLoggedAt = now;
    const log = this.options.log ?? ((message: string) => console.error(message));
    log(
      `keyward: the failure limit store is unavailable: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export type MemoryLimitOptions = { points: number; durationSeconds: number; maxKeys: number };

// RateLimiterMemory keeps a record per key until its window ends, with no bound on how many:
// a flood from many addresses (an IPv6 attacker holds millions of /64s) would grow it
// without end. This keeps the groups in the order they last failed and forgets the one that
// failed longest ago once there are too many; every other count stays.
export class BoundedMemoryLimiter {
  private readonly limiter: RateLimiterMemory;
  private readonly recent = new Set<string>();

  constructor(private readonly options: MemoryLimitOptions) {
    this.limiter = new RateLimiterMemory({
      keyPrefix: "keyward-verify",
      points: options.points,
      duration: options.durationSeconds,
    });
  }

  consume: Consume = (key) => {
    this.recent.delete(key);
    this.recent.add(key);
    if (this.recent.size > this.options.maxKeys) {
      const oldest = this.recent.values().next();
      if (!oldest.done) {
        this.recent.delete(oldest.value);
        void this.limiter.delete(oldest.value);
      }
    }
    return this.limiter.consume(key);
  };

  get size(): number {
    return this.recent.size;
  }
}
