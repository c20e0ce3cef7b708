// The one command that runs Keyward: prepares configuration, migrates the database, seeds
// the first administrator, builds when the build is missing or stale, and serves.
//   npm start            production server on HOST:PORT (default 127.0.0.1:3000)
//   npm run dev          development server with hot reload
import { spawnSync } from "node:child_process";
import next from "next";
import { prepareEnvironment } from "./start/prepare-environment";
import { setupDatabase } from "./start/setup-database";
import { buildIsStale, recordBuild } from "./start/build-is-stale";
import { pingDatabase } from "@/lib/db/ping";
import { createConsoleServer } from "@/lib/http/console-listener";
import { scheduledJobs } from "@/lib/scheduler/jobs";
import { startScheduler } from "@/lib/scheduler/scheduler";
import { gracefulStop } from "@/lib/server/graceful-stop";
import { handleVerificationRequest } from "@/lib/verification/dispatch";
import { startVerificationRuntime, stopVerificationRuntime } from "@/lib/verification/runtime";

const dev = process.argv.includes("--dev");

async function main() {
  const settings = prepareEnvironment();
  const { port, host: hostname } = settings.start;
  await setupDatabase(settings);

  const serverActionsKey = settings.serverActionsKey ?? "";
  if (!dev && !settings.start.skipBuild && buildIsStale(process.cwd(), serverActionsKey)) {
    console.log("keyward: building the console (first start or changed sources)…");
    const result = spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
    recordBuild(process.cwd(), serverActionsKey);
  }

  const app = next({ dev, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  startVerificationRuntime();
  // Background jobs (webhook deliveries, expiry events): one runner per job across instances.
  const scheduler = startScheduler(scheduledJobs());
  let draining = false;
  const server = createConsoleServer({
    trustedProxies: settings.http.trustedProxies,
    dev,
    readiness: { draining: () => draining, pingDatabase },
    verification: (req, res) => handleVerificationRequest(req, res),
    console: (req, res) => void handle(req, res),
  });
  server.listen(port, hostname, () => {
    const shown = hostname.includes(":") ? `[${hostname}]` : hostname;
    console.log(`keyward: listening on http://${shown}:${port} (${dev ? "development" : "production"})`);
  });
  // Graceful shutdown: /readyz says "draining", no new connection is taken, requests under
  // way finish (up to KEYWARD_SHUTDOWN_GRACE_SECONDS), background jobs stop (a delivery cut
  // mid-attempt is retried by the next runner), pending last-used times and usage counts are
  // written, then the process exits. A second signal exits at once.
  const stop = (signal: NodeJS.Signals) => {
    if (draining) process.exit(1);
    draining = true;
    const graceMs = settings.http.shutdownGraceMs;
    console.log(
      `keyward: ${signal}: finishing requests under way (up to ${graceMs / 1000} s), then stopping`,
    );
    const finish = async () => {
      await scheduler.stop();
      await stopVerificationRuntime();
    };
    gracefulStop(server, { graceMs, finish })
      .then((outcome) => {
        if (outcome === "cut")
          console.error("keyward: requests still under way were cut at the end of the grace period");
        console.log("keyward: stopped");
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error(
          "keyward: writing usage and last-used times failed:",
          error instanceof Error ? error.message : error,
        );
        process.exit(1);
      });
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

function nextBin(): string {
  return new URL("../node_modules/next/dist/bin/next", import.meta.url).pathname;
}

main().catch((error: unknown) => {
  console.error("keyward: failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
