import next from "next";
import type { Config } from "@/lib/config/env";
import { pingDatabase } from "@/lib/db/ping";
import { createConsoleServer } from "@/lib/http/console-listener";
import { scheduledJobs } from "@/lib/scheduler/jobs";
import { startScheduler } from "@/lib/scheduler/scheduler";
import { isClusterMessage, primaryChannel } from "@/lib/server/cluster/channel";
import { gracefulStop } from "@/lib/server/graceful-stop";
import { handleVerificationRequest } from "@/lib/verification/dispatch";
import { startVerificationRuntime, stopVerificationRuntime } from "@/lib/verification/runtime";

// Serves the console and the verification API on the configured port: the whole of a
// single-process start, or one worker of several (which share the port, round-robin).
export async function serve(settings: Config, options: { dev: boolean; runsJobs: boolean }) {
  const { dev } = options;
  const { port, host: hostname } = settings.start;
  const channel = primaryChannel();
  // The primary may ask for a drain before this worker listens: remember it.
  let drainAsked = false;
  const askDrain = (message: unknown) => {
    if (isClusterMessage(message, "drain")) drainAsked = true;
  };
  channel?.on("message", askDrain);

  const app = next({ dev, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  startVerificationRuntime();
  // Background jobs (webhook deliveries, expiry events): one runner per job across instances,
  // and in one worker only when there are several.
  const scheduler = options.runsJobs ? startScheduler(scheduledJobs()) : undefined;
  let draining = false;
  const server = createConsoleServer({
    trustedProxies: settings.http.trustedProxies,
    dev,
    readiness: { draining: () => draining, pingDatabase },
    verification: (req, res) => handleVerificationRequest(req, res),
    console: (req, res) => void handle(req, res),
  });
  const shown = hostname.includes(":") ? `[${hostname}]` : hostname;
  // A port already taken ends the start with one line (Next.js would otherwise report the
  // error and keep a process that serves nothing); the primary then stops the others.
  const cannotListen = (error: Error) => {
    console.error(`keyward: failed to start: cannot listen on ${shown}:${port}: ${error.message}`);
    process.exit(1);
  };
  server.once("error", cannotListen);
  server.listen(port, hostname, () => {
    server.off("error", cannotListen);
    const who = channel ? `worker ${process.pid} ` : "";
    console.log(
      `keyward: ${who}listening on http://${shown}:${port} (${dev ? "development" : "production"})`,
    );
  });
  // Graceful shutdown: /readyz says "draining", no new connection is taken, requests under
  // way finish (up to KEYWARD_SHUTDOWN_GRACE_SECONDS), background jobs stop (a delivery cut
  // mid-attempt is retried by the next runner), pending last-used times and usage counts are
  // written, then the process exits. A second signal exits at once; the primary's drain
  // request is not a second signal (a terminal's Ctrl-C reaches both).
  const stop = (reason: string, repeated: "exit" | "ignore") => {
    if (draining) {
      if (repeated === "exit") process.exit(1);
      return;
    }
    draining = true;
    const graceMs = settings.http.shutdownGraceMs;
    if (!channel)
      console.log(
        `keyward: ${reason}: finishing requests under way (up to ${graceMs / 1000} s), then stopping`,
      );
    const finish = async () => {
      await scheduler?.stop();
      await stopVerificationRuntime();
    };
    gracefulStop(server, { graceMs, finish })
      .then((outcome) => {
        if (outcome === "cut")
          console.error("keyward: requests still under way were cut at the end of the grace period");
        if (!channel) console.log("keyward: stopped");
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
  process.on("SIGTERM", () => stop("SIGTERM", "exit"));
  process.on("SIGINT", () => stop("SIGINT", "exit"));
  channel?.off("message", askDrain);
  channel?.on("message", (message) => {
    if (isClusterMessage(message, "drain")) stop("drain", "ignore");
  });
  if (drainAsked) stop("drain", "ignore");
}
