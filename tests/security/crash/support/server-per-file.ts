// What every crash test file sets up: its own temporary data directory, the build (made
// only when there is none), and at most one running server, killed -9 with the directory
// removed after the file's tests whatever happened.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { ensureBuild, startServer, type RunningServer } from "./production-server";

export function serverPerFile(tempPrefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), tempPrefix));
  let server: RunningServer | undefined;

  beforeAll(() => ensureBuild(), 25 * 60_000);
  afterAll(async () => {
    await server?.kill9();
    rmSync(dataDir, { recursive: true, force: true });
  });

  return {
    databaseFile: path.join(dataDir, "keyward.db"),
    log: (logName: string) => readFileSync(path.join(dataDir, logName), "utf8"),
    start: async (port: number, logName: string, extraEnv: Record<string, string> = {}) => {
      server = await startServer(dataDir, port, logName, extraEnv);
      return server;
    },
    kill9: async () => {
      const running = server;
      server = undefined;
      await running?.kill9();
    },
    // SIGTERM to `npm start` alone, as a process manager sends it; resolves with its exit code.
    sigterm: (): Promise<number | null> => {
      const running = server;
      if (!running) throw new Error("no server is running");
      const exited = new Promise<number | null>((resolve) => running.child.once("exit", resolve));
      running.child.kill("SIGTERM");
      return exited.then((code) => {
        server = undefined;
        return code;
      });
    },
  };
}
