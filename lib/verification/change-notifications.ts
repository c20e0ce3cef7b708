import pg from "pg";
import { CHANGE_CHANNEL } from "@/lib/db/change-channel";

export type ChangeNotificationsOptions = {
  url: string;
  // Something committed somewhere (or may have, while nobody listened): drop what is cached.
  onChange: () => void;
  onError: (error: unknown) => void;
  // Reconnection backoff: the first retry after minRetryMs, doubling up to maxRetryMs.
  minRetryMs?: number;
  maxRetryMs?: number;
};

const CONNECT_TIMEOUT_MS = 5_000;

// Listens on PostgreSQL for the changes other instances commit (lib/db/change-channel.ts),
// so a revocation reaches this instance's cache in milliseconds instead of at the next poll.
// The poll (ChangeWatch) keeps running underneath: it alone bounds staleness, and covers
// the time this connection is down. A lost connection is retried with backoff, and every
// (re)connection drops the cache, since what committed while nobody listened was not heard.
export class ChangeNotifications {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private retryMs: number;
  private readonly minRetryMs: number;
  private readonly maxRetryMs: number;

  constructor(private readonly options: ChangeNotificationsOptions) {
    this.minRetryMs = options.minRetryMs ?? 250;
    this.maxRetryMs = options.maxRetryMs ?? 10_000;
    this.retryMs = this.minRetryMs;
  }

  // Whether a LISTEN is in place right now.
  get listening(): boolean {
    return this.client !== undefined;
  }

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: "keyward-change-notifications",
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (error !== undefined) this.options.onError(error);
      if (this.client === client) this.client = undefined;
      client.end().catch(() => undefined);
      this.retryLater();
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (message) => {
      if (message.channel === CHANGE_CHANNEL) this.options.onChange();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      onLost(error);
      return;
    }
    if (lost) return;
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = this.minRetryMs;
    this.options.onChange();
  }

  private retryLater(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.connect(), this.retryMs);
    this.timer.unref();
    this.retryMs = Math.min(this.retryMs * 2, this.maxRetryMs);
  }
}
