import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { signIn } from "../../../bench/support/sign-in";
import { CRASH_ADMIN, serverPort, sleep } from "./support/production-server";
import { countedSuccesses as countedSuccessesIn, lastUsed as lastUsedIn, seeded } from "./support/database";
import { createToken } from "./support/server-action";
import { serverPerFile } from "./support/server-per-file";

// Issue 14.6: a stopping instance drains, writes what it holds, then exits. SIGTERM goes to
// `npm start` alone, as a process manager sends it; last-used times are flushed only every
// hour here, so a time in the database after the stop was written by the stop itself.
const instance = serverPerFile("keyward-stop-");
const { databaseFile } = instance;

const lastUsed = (tokenName: string) => lastUsedIn(databaseFile, tokenName);
const countedSuccesses = (tokenName: string) => countedSuccessesIn(databaseFile, tokenName);

// An introspection request whose head is sent now and whose body is sent when the returned
// function is called: a request under way for as long as the test wants.
function introspectionInFlight(url: string, token: string) {
  const body = `token=${encodeURIComponent(token)}`;
  const { hostname, port } = new URL(url);
  let finishBody: () => void = () => undefined;
  const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: hostname,
        port,
        path: "/api/v1/tokens/introspect",
        method: "POST",
        headers: {
          Authorization: `Bearer ${token}`,
          "Content-Type": "application/x-www-form-urlencoded",
          "Content-Length": Buffer.byteLength(body),
        },
        timeout: 60_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.flushHeaders();
    finishBody = () => req.end(body);
  });
  return { answered, finishBody };
}

describe("graceful shutdown", () => {
  it(
    "finishes the request under way, refuses new ones, writes last-used times, exits 0",
    async () => {
      const running = await instance.start(await serverPort(), "server.log", {
        KEYWARD_LAST_USED_FLUSH_SECONDS: "3600",
        KEYWARD_SHUTDOWN_GRACE_SECONDS: "30",
        // The single-process path; tests/security/crash/cluster.test.ts stops several.
        KEYWARD_PROCESSES: "1",
      });
      const cookie = await signIn(running.url, CRASH_ADMIN.email, CRASH_ADMIN.password);
      const ids = seeded(databaseFile);
      const secret = await createToken(running.url, cookie, ids, "Stop probe");

      expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
      const check = await fetch(`${running.url}/api/v1/auth/check`, {
        headers: { Authorization: `Bearer ${secret}` },
      });
      expect(check.status).toBe(204);
      expect(lastUsed("Stop probe").lastUsedAt).toBeNull();
      expect(countedSuccesses("Stop probe")).toBe(0);

      const inFlight = introspectionInFlight(running.url, secret);
      await sleep(200);
      const exited = instance.sigterm();

      // The door closes: a new connection is refused while the request under way is open.
      const deadline = Date.now() + 10_000;
      let refused = false;
      while (!refused && Date.now() < deadline) {
        refused = await fetch(`${running.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
          () => false,
          () => true,
        );
        if (!refused) await sleep(100);
      }
      expect(refused).toBe(true);

      inFlight.finishBody();
      const answer = await inFlight.answered;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text)).toMatchObject({ active: true });

      expect(await exited).toBe(0);
      const written = lastUsed("Stop probe");
      expect(written.lastUsedAt).not.toBeNull();
      expect(written.lastUsedIp).toBe("127.0.0.1");
      // The check and the introspection (the token introspecting itself counts as its use twice).
      expect(countedSuccesses("Stop probe")).toBeGreaterThanOrEqual(2);
      expect(instance.log("server.log")).toMatch(/keyward: stopped/);
    },
    5 * 60_000,
  );
});
