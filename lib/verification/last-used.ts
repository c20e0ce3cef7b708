// Last used time and address of each token, kept in memory and written in one batch at
// most every intervalMs, so a busy token costs one write per interval rather than one per
// request. Only the latest use of each token in an interval is kept. These writes are
// bookkeeping, not lifecycle changes: they bypass the audit chain and leave the
// verification cache alone.
export type LastUse = { tokenId: string; at: Date; ip: string };
export type WriteLastUses = (batch: LastUse[]) => Promise<void>;

export class LastUsedRecorder {
  private pending = new Map<string, LastUse>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly write: WriteLastUses,
    private readonly intervalMs: number,
  ) {}

  note(tokenId: string, ip: string, at: Date): void {
    const pending = this.pending.get(tokenId);
    if (pending) {
      pending.at = at;
      pending.ip = ip;
    } else {
      this.pending.set(tokenId, { tokenId, at, ip });
    }
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  async flush(): Promise<void> {
    // A flush already under way finishes first; its failure is reported by its own caller.
    await this.flushing?.catch(() => undefined);
    if (this.pending.size === 0) return;
    const batch = [...this.pending.values()];
    this.pending = new Map();
    this.flushing = this.write(batch).catch((error: unknown) => {
      // Keep what failed for the next flush, unless a newer use replaced it meanwhile.
      for (const use of batch) if (!this.pending.has(use.tokenId)) this.pending.set(use.tokenId, use);
      throw error;
    });
    try {
      await this.flushing;
    } finally {
      this.flushing = undefined;
    }
  }

  start(onError: (error: unknown) => void): void {
    this.timer = setInterval(() => this.flush().catch(onError), this.intervalMs);
    this.timer.unref();
  }

  // On shutdown: stop the timer and write what is still pending.
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}
