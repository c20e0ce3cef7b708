import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";

// Decides which instance runs a job now. tryRun runs the work and resolves true when this
// instance got the job's lock, or resolves false at once when another holds it.
export type JobLock = {
  tryRun: (jobName: string, work: () => Promise<void>) => Promise<boolean>;
  close: () => Promise<void>;
};

// SQLite serves one instance: the lock only keeps a job from overlapping itself.
export function inProcessLock(): JobLock {
  const running = new Set<string>();
  return {
    async tryRun(jobName, work) {
      if (running.has(jobName)) return false;
      running.add(jobName);
      try {
        await work();
      } finally {
        running.delete(jobName);
      }
      return true;
    },
    async close() {},
  };
}

// The job's advisory lock key: 64 bits of a hash of its name, the same on every instance.
export function advisoryKey(jobName: string): bigint {
  return createHash("sha256").update(`keyward:scheduler:${jobName}`).digest().readBigInt64BE(0);
}

// PostgreSQL: a session-level advisory lock per job, taken with pg_try_advisory_lock on one
// dedicated connection (not the pool, whose connections change hands) and held for the run.
// If that connection drops, the server releases its locks and the connection is opened
// again on the next run; a run cut off that way may overlap one elsewhere, which the jobs
// tolerate (deliveries are claimed row by row, expiry events are keyed).
export function postgresAdvisoryLock(connectionString: string): JobLock {
  let connection: Promise<pg.Client> | null = null;
  const connect = () => {
    connection ??= (async () => {
      const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
      client.on("error", () => {
        connection = null;
      });
      await client.connect();
      return client;
    })().catch((error: unknown) => {
      connection = null;
      throw error;
    });
    return connection;
  };
  return {
    async tryRun(jobName, work) {
      const client = await connect();
      const key = advisoryKey(jobName).toString();
      const { rows } = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_lock($1::bigint) AS locked",
        [key],
      );
      if (!rows[0]?.locked) return false;
      try {
        await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1::bigint)", [key]).catch(() => {
          // The connection is gone, and its locks with it.
        });
      }
      return true;
    },
    async close() {
      const pending = connection;
      connection = null;
      await (await pending?.catch(() => null))?.end().catch(() => {});
    },
  };
}
