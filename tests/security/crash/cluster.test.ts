import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { signIn } from "../../../bench/support/sign-in";
import { lastUsed, seeded } from "./support/database";
import { CRASH_ADMIN, serverPort, sleep } from "./support/production-server";
import { API_ACTIONS, API_PAGE, actionId, callFormAction, createToken } from "./support/server-action";
import { serverPerFile } from "./support/server-per-file";
import {
  authCheckOn,
  connectToWorker,
  runsJobs,
  workerPids,
  type WorkerConnection,
} from "./support/worker-connection";

// Issue 14.2: `npm start` with two worker processes on one SQLite file. The change watch
// polls once a minute here, so a refusal seen at once is the relay between the workers;
// last-used times are flushed once an hour, so a time written is written by the stop.
const instance = serverPerFile("keyward-cluster-");
const { databaseFile } = instance;
const FAILURE_LIMIT = 4;

// `count` new connections, each with the worker that took it; the server's workers alternate.
async function connections(port: number, workers: number[], count: number, from?: string) {
  const opened: WorkerConnection[] = [];
  for (let index = 0; index < count; index++) opened.push(await connectToWorker(port, workers, from));
  return opened;
}

describe("several worker processes", () => {
  it(
    "serve from two pids, refuse a revoked token on either at once, count failures together, replace a killed worker, and flush both on SIGTERM",
    async () => {
      const port = await serverPort();
      const running = await instance.start(port, "server.log", {
        KEYWARD_PROCESSES: "2",
        KEYWARD_VERIFY_STALENESS_MS: "60000",
        KEYWARD_VERIFY_FAILURE_LIMIT: String(FAILURE_LIMIT),
        KEYWARD_LAST_USED_FLUSH_SECONDS: "3600",
      });
      const workers = workerPids(running.child.pid ?? 0);
      expect(workers).toHaveLength(2);

      const cookie = await signIn(running.url, CRASH_ADMIN.email, CRASH_ADMIN.password);
      const ids = seeded(databaseFile);
      const create = (name: string) => createToken(running.url, cookie, ids, name);
      const revoked = await create("Revoked probe");
      const onFirst = await create("First worker probe");
      const onSecond = await create("Second worker probe");

      // Both workers serve, and both cache the token.
      const before = await connections(port, workers, 4);
      expect(new Set(before.map((connection) => connection.pid))).toEqual(new Set(workers));
      for (const connection of before) expect(await authCheckOn(connection, revoked)).toBe(204);

      // Revoked through whichever worker takes the console's request.
      const revoke = await callFormAction(
        running.url,
        API_PAGE,
        actionId(API_ACTIONS, "revokeTokenAction"),
        cookie,
        { tokenId: lastUsed(databaseFile, "Revoked probe").id },
        AbortSignal.timeout(60_000),
      );
      expect(revoke.status).toBe(200);
      const after = await connections(port, workers, 4);
      expect(new Set(after.map((connection) => connection.pid))).toEqual(new Set(workers));
      for (const connection of after) expect(await authCheckOn(connection, revoked)).toBe(401);

      // Failures from one client group (127.0.0.2: nothing else came from it) counted over both.
      const guesses = await connections(port, workers, FAILURE_LIMIT + 1, "127.0.0.2");
      expect(new Set(guesses.map((connection) => connection.pid))).toEqual(new Set(workers));
      const statuses: number[] = [];
      for (const connection of guesses) {
        statuses.push(await authCheckOn(connection, `kw_${"a".repeat(12)}_${"b".repeat(32)}`));
      }
      expect(statuses).toEqual([...Array<number>(FAILURE_LIMIT).fill(401), 429]);

      // A worker killed by surprise is replaced; exactly one worker runs the background jobs,
      // and the replacement of that one takes them over.
      expect(workers.filter(runsJobs)).toHaveLength(1);
      const killed = workers.find(runsJobs) ?? 0;
      process.kill(killed, "SIGKILL");
      const log = () => instance.log("server.log");
      let replaced: number[] = [];
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        replaced = workerPids(running.child.pid ?? 0);
        const fresh = replaced.find((pid) => !workers.includes(pid));
        if (replaced.length === 2 && fresh && log().includes(`keyward: worker ${fresh} listening`)) break;
        await sleep(250);
      }
      const fresh = replaced.filter((pid) => !workers.includes(pid));
      expect(fresh).toHaveLength(1);
      expect(replaced.filter(runsJobs)).toEqual(fresh);
      expect(log()).toMatch(new RegExp(`keyward: worker ${killed} exited with signal SIGKILL; replacing it`));

      // Each worker records one token's use, held in memory until the stop.
      const [first, second] = replaced;
      for (const connection of await connections(port, replaced, 2)) {
        expect(await authCheckOn(connection, connection.pid === first ? onFirst : onSecond)).toBe(204);
      }
      expect(second).toBeDefined();
      expect(lastUsed(databaseFile, "First worker probe").lastUsedAt).toBeNull();
      expect(lastUsed(databaseFile, "Second worker probe").lastUsedAt).toBeNull();

      expect(await instance.sigterm()).toBe(0);
      expect(lastUsed(databaseFile, "First worker probe").lastUsedAt).not.toBeNull();
      expect(lastUsed(databaseFile, "Second worker probe").lastUsedAt).not.toBeNull();
      expect(log()).toMatch(/keyward: stopped/);
    },
    5 * 60_000,
  );

  it("stop the start with one clear line and exit 1 when the workers cannot serve", async () => {
    const port = await serverPort();
    // Another program holds the port; it hangs up on whoever calls.
    const taken = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => taken.listen(port, "127.0.0.1", resolve));
    try {
      await expect(instance.start(port, "taken.log", { KEYWARD_PROCESSES: "2" })).rejects.toThrow(
        /npm start exited with 1/,
      );
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    const log = instance.log("taken.log");
    expect(log).toContain(`keyward: failed to start: cannot listen on 127.0.0.1:${port}`);
    expect(log).toContain("keyward: failed to start: a worker process exited with code 1 before serving");
    expect(log).not.toMatch(/^\s+at /m);
  });
});
