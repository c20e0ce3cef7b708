import { describe, expect, it } from "vitest";
import { serverPort, sleep } from "./support/production-server";
import { serverPerFile } from "./support/server-per-file";

const instance = serverPerFile("keyward-closed-output-");

// Found when a bench's parent process died: with nothing reading its output, the server's
// log lines failed with EPIPE, Next.js's handler for uncaught exceptions logged each failure
// to the closed stderr, which failed again, and so on at a full core; SIGTERM never ended it.
// (lib/server/unwritable-output.test.ts shows the loop itself in a small process.)
describe("a server whose output nobody reads any more", () => {
  it(
    "still serves, and stops on SIGTERM with exit code 0",
    async () => {
      const running = await instance.start(await serverPort(), "server.log", {
        KEYWARD_PROCESSES: "1",
        KEYWARD_SHUTDOWN_GRACE_SECONDS: "5",
      });
      // The reader goes away: both pipes lose their only reading end.
      running.child.stdout?.destroy();
      running.child.stderr?.destroy();
      await sleep(200);

      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
      // Its lines from here on ("finishing requests under way…") go to the closed pipes.
      const exited = instance.sigterm();
      const outcome = await Promise.race([exited, sleep(30_000).then(() => "still running" as const)]);
      expect(outcome).toBe(0);
    },
    5 * 60_000,
  );
});
