import { setImmediate as nextTurn } from "node:timers/promises";
import type { UsageOutcome } from "./outcomes";
import { hourOf } from "./time";

// What verification leaves behind for each token: when and from where it was last used
// (successes only), how many verifications ended in each outcome per hour, and the client
// addresses that presented it. All of it is coalesced in memory and written by one flush at
// most every intervalMs, so a busy token costs one write per interval, never one per
// request. These writes are bookkeeping, not lifecycle changes: they bypass the audit chain
// and leave the verification cache alone.
export type LastUse = { tokenId: string; at: Date; ip: string };
export type UsageCount = { tokenId: string; hour: number; outcome: UsageOutcome; count: number };
export type AddressSighting = { tokenId: string; address: string; firstSeenAt: Date; lastSeenAt: Date };
export type UsageBatch = { lastUses: LastUse[]; counts: UsageCount[]; addresses: AddressSighting[] };
export type WriteUsage = (batch: UsageBatch) => Promise<void>;

// The most addresses a token keeps, in memory as in the database.
export const ADDRESSES_PER_TOKEN = 10;

// Tokens per write. A flush is written in parts, each its own short transaction with a
// turn of the event loop between them: on SQLite every statement is synchronous, and one
// transaction for every token busy in the interval held each verification behind it for
// up to 190 ms at 5,000 verifications a second.
export const TOKENS_PER_WRITE = 250;

// Times are kept as milliseconds, written into the same fields request after request: a
// busy token's entry is old by the time it is noted again, and a Date stored in it per
// request would be one more object for the garbage collector to carry.
type PendingSighting = { address: string; firstSeenAt: number; lastSeenAt: number };
type PendingToken = {
  tokenId: string;
  // Last use: NaN until a success is noted.
  lastUseAt: number;
  lastUseIp: string;
  counts: Map<string, UsageCount>;
  // The count noted last, found again without building its key: a busy token's requests
  // are nearly all the same hour and outcome.
  lastCount: UsageCount | null;
  addresses: Map<string, PendingSighting>;
};

export type UsageRecorderOptions = {
  intervalMs: number;
  // false: only last use is kept (KEYWARD_USAGE_COUNTING=false).
  counting: boolean;
  // A periodic step run after a flush, at most every maintainEveryMs (the retention purge).
  maintain?: (now: Date) => Promise<void>;
  maintainEveryMs?: number;
  tokensPerWrite?: number;
  // Run once the last flush is written (the writer's own resources).
  onStop?: () => Promise<void>;
};

export class UsageRecorder {
  private pending = new Map<string, PendingToken>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private lastMaintained = 0;

  constructor(
    private readonly write: WriteUsage,
    private readonly options: UsageRecorderOptions,
  ) {}

  // One verification of a token whose secret matched.
  note(tokenId: string, outcome: UsageOutcome, ip: string, at: Date): void {
    if (outcome !== "ok" && !this.options.counting) return;
    const token = this.tokenEntry(tokenId);
    const time = at.getTime();
    // Each flush takes the entries it writes out of `pending`, so this one is not in flight.
    if (outcome === "ok") {
      token.lastUseAt = time;
      token.lastUseIp = ip;
    }
    if (!this.options.counting) return;
    // The hot path: a busy token finds both entries and allocates nothing.
    const hour = hourOf(time);
    const last = token.lastCount;
    if (last && last.hour === hour && last.outcome === outcome) last.count += 1;
    else token.lastCount = addCount(token, { tokenId, hour, outcome, count: 1 });
    const sighting = token.addresses.get(ip);
    if (sighting) {
      if (time > sighting.lastSeenAt) sighting.lastSeenAt = time;
    } else addSighting(token, { address: ip, firstSeenAt: time, lastSeenAt: time });
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  async flush(now = new Date()): Promise<void> {
    // A flush already under way finishes first; its failure is reported by its own caller.
    await this.flushing?.catch(() => undefined);
    if (this.pending.size > 0) {
      const taken = [...this.pending.values()];
      this.pending = new Map();
      this.flushing = this.writeInParts(taken);
      try {
        await this.flushing;
      } finally {
        this.flushing = undefined;
      }
    }
    await this.maintainIfDue(now);
  }

  start(onError: (error: unknown) => void): void {
    this.timer = setInterval(() => this.flush().catch(onError), this.options.intervalMs);
    this.timer.unref();
  }

  // On shutdown: stop the timer and write what is still pending.
  async stop(): Promise<void> {
    clearInterval(this.timer);
    try {
      await this.flush();
    } finally {
      await this.options.onStop?.();
    }
  }

  // A part that fails is kept with every part after it for the next flush; the parts
  // already written are not, so nothing is lost and nothing is counted twice.
  private async writeInParts(taken: PendingToken[]): Promise<void> {
    const size = this.options.tokensPerWrite ?? TOKENS_PER_WRITE;
    for (let start = 0; start < taken.length; start += size) {
      if (start > 0) await nextTurn();
      try {
        await this.write(toBatch(taken.slice(start, start + size)));
      } catch (error) {
        this.putBack(taken.slice(start));
        throw error;
      }
    }
  }

  private async maintainIfDue(now: Date): Promise<void> {
    const { maintain, maintainEveryMs } = this.options;
    if (!maintain || maintainEveryMs === undefined) return;
    if (now.getTime() - this.lastMaintained < maintainEveryMs) return;
    this.lastMaintained = now.getTime();
    await maintain(now);
  }

  private tokenEntry(tokenId: string): PendingToken {
    let token = this.pending.get(tokenId);
    if (!token) {
      token = {
        tokenId,
        lastUseAt: Number.NaN,
        lastUseIp: "",
        counts: new Map(),
        lastCount: null,
        addresses: new Map(),
      };
      this.pending.set(tokenId, token);
    }
    return token;
  }

  // A failed batch is kept for the next flush: its counts add to what came meanwhile, and a
  // newer last use or sighting wins over the older one.
  private putBack(taken: PendingToken[]): void {
    for (const old of taken) {
      const token = this.tokenEntry(old.tokenId);
      // The newer last use wins; NaN (none) never replaces one, and any replaces NaN.
      if (!Number.isNaN(old.lastUseAt) && !(token.lastUseAt >= old.lastUseAt)) {
        token.lastUseAt = old.lastUseAt;
        token.lastUseIp = old.lastUseIp;
      }
      for (const count of old.counts.values()) addCount(token, count);
      for (const sighting of old.addresses.values()) addSighting(token, sighting);
    }
  }
}

// Returns the entry that now holds the count.
function addCount(token: PendingToken, count: UsageCount): UsageCount {
  const key = `${count.hour}:${count.outcome}`;
  const known = token.counts.get(key);
  if (known) {
    known.count += count.count;
    return known;
  }
  const added = { ...count };
  token.counts.set(key, added);
  return added;
}

function addSighting(token: PendingToken, sighting: PendingSighting): void {
  const known = token.addresses.get(sighting.address);
  if (known) {
    if (sighting.firstSeenAt < known.firstSeenAt) known.firstSeenAt = sighting.firstSeenAt;
    if (sighting.lastSeenAt > known.lastSeenAt) known.lastSeenAt = sighting.lastSeenAt;
    return;
  }
  token.addresses.set(sighting.address, { ...sighting });
  // A token presented from many addresses in one interval keeps only the latest few: the
  // database keeps no more, and memory stays bounded whatever the clients send.
  if (token.addresses.size > ADDRESSES_PER_TOKEN) {
    let oldest: PendingSighting | undefined;
    for (const entry of token.addresses.values()) {
      if (!oldest || entry.lastSeenAt < oldest.lastSeenAt) oldest = entry;
    }
    if (oldest) token.addresses.delete(oldest.address);
  }
}

function toBatch(pending: PendingToken[]): UsageBatch {
  const batch: UsageBatch = { lastUses: [], counts: [], addresses: [] };
  for (const token of pending) {
    const { tokenId } = token;
    if (!Number.isNaN(token.lastUseAt))
      batch.lastUses.push({ tokenId, at: new Date(token.lastUseAt), ip: token.lastUseIp });
    batch.counts.push(...token.counts.values());
    for (const sighting of token.addresses.values())
      batch.addresses.push({
        tokenId,
        address: sighting.address,
        firstSeenAt: new Date(sighting.firstSeenAt),
        lastSeenAt: new Date(sighting.lastSeenAt),
      });
  }
  return batch;
}
