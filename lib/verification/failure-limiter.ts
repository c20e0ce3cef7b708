// Counts unknown and malformed tokens per client address in fixed windows, in memory. Once
// an address passes the limit, every verification from it answers 429 until the window
// ends, valid tokens included: otherwise a guess that happened to be right would stand out
// from the refused ones.
export type FailureLimiterOptions = { limit: number; windowMs: number; maxAddresses?: number };

type Window = { startedAt: number; failures: number };

export class FailureLimiter {
  private windows = new Map<string, Window>();
  private readonly maxAddresses: number;

  constructor(private readonly options: FailureLimiterOptions) {
    this.maxAddresses = options.maxAddresses ?? 100_000;
  }

  // Seconds until the address may try again, or 0 when it is not limited.
  retryAfterSeconds(address: string, now: number): number {
    const window = this.windows.get(address);
    if (!window || window.failures < this.options.limit) return 0;
    const endsAt = window.startedAt + this.options.windowMs;
    if (endsAt <= now) return 0;
    return Math.max(1, Math.ceil((endsAt - now) / 1000));
  }

  recordFailure(address: string, now: number): void {
    const window = this.windows.get(address);
    if (window && now - window.startedAt < this.options.windowMs) {
      window.failures++;
      return;
    }
    if (this.windows.size >= this.maxAddresses) this.forgetEnded(now);
    this.windows.set(address, { startedAt: now, failures: 1 });
  }

  private forgetEnded(now: number): void {
    for (const [address, window] of this.windows) {
      if (now - window.startedAt >= this.options.windowMs) this.windows.delete(address);
    }
    // A flood from more addresses than the map holds: drop the oldest rather than grow.
    while (this.windows.size >= this.maxAddresses) {
      const oldest = this.windows.keys().next();
      if (oldest.done) break;
      this.windows.delete(oldest.value);
    }
  }
}
