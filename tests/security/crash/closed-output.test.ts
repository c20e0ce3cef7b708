import { describe, expect, it } from "vitest";
import { serverPort, sleep } from "./support/production-server";
import { serverPerFile } from "./support/server-per-file";

const instance = serverPerFile("keyward-closed-output-");

// Found when a bench's parent process died: with nothing reading its output, the server's
// first log line failed with EPIPE, Next.js's handler for uncaught exceptions logged that to
// the closed stderr, which failed again, and so on at a full core; SIGTERM never ended it.
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
      // Its first line ("finishing requests under way…") is written to the closed pipe.
      const exited = instance.sigterm();
      const outcome = await Promise.race([exited, sleep(30_000).then(() => "still running" as const)]);
      expect(outcome).toBe(0);
    },
    5 * 60_000,
  );
});
