import type { RecordCache } from "./record-cache";

// Every committed change to tokens, accounts or memberships writes an audit event in the
// same transaction (auditedTransaction), so the audit table is a change log every instance
// can poll cheaply. The signature is the highest event id and the number of events above a
// floor a little below it: on PostgreSQL an id can commit after a higher one was seen, and
// the count catches that late arrival where the maximum alone would not.
export type ChangeSignature = { max: number; count: number };
export type ReadSignature = (floor: number) => Promise<ChangeSignature>;

export const LATE_COMMIT_WINDOW = 1_000;

export class ChangeWatch {
  private floor = 0;
  private baseline: ChangeSignature | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly readSignature: ReadSignature,
    private readonly cache: RecordCache,
    private readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  private running: Promise<void> | undefined;

  // Confirms the cache is fresh, or empties it when anything changed since the last check.
  // Callers arriving while a check runs share it: under load, every request that finds the
  // confirmation late asks for one, and one query answers them all.
  check(): Promise<void> {
    this.running ??= this.read().finally(() => (this.running = undefined));
    return this.running;
  }

  private async read(): Promise<void> {
    const startedAt = this.clock();
    const seen = await this.readSignature(this.floor);
    if (!this.baseline || seen.max !== this.baseline.max || seen.count !== this.baseline.count) {
      this.floor = Math.max(0, seen.max - LATE_COMMIT_WINDOW);
      this.baseline = await this.readSignature(this.floor);
      // After the new baseline was read: whatever it includes is also dropped from the cache.
      this.cache.invalidateAll();
    }
    // The moment the check began, not ended: a change committed during the query may be
    // missing from this answer, and is caught by the next one.
    this.cache.confirmFresh(startedAt);
  }

  start(onError: (error: unknown) => void): void {
    const loop = async () => {
      try {
        await this.check();
      } catch (error) {
        // The cache stops being served once the last confirmation is too old.
        onError(error);
      }
      if (!this.stopped) {
        this.timer = setTimeout(() => void loop(), this.intervalMs);
        this.timer.unref();
      }
    };
    void loop();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}
