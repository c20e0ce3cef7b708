// The one command that runs Keyward: prepares configuration, migrates the database, seeds
// the first administrator, builds when the build is missing or stale, and serves.
//   npm start            production server on HOST:PORT (default 127.0.0.1:3000)
//   npm run dev          development server with hot reload
// With KEYWARD_PROCESSES above 1 this process (the primary) does the one-time work, then
// forks that many workers which serve the port between them (README, "Deployment guide").
// First, before anything can load Next.js and its wrapper around Date (see the module).
import "@/lib/server/native-date";
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import { createRequire } from "node:module";
import path from "node:path";
import { prepareEnvironment } from "./start/prepare-environment";
import { buildIsStale, recordBuild } from "./start/build-is-stale";
import { JOBS_ENV } from "@/lib/server/cluster/primary";
import { dropUnwritableOutput } from "@/lib/server/unwritable-output";

dropUnwritableOutput();

const dev = process.argv.includes("--dev");

async function main() {
  const settings = prepareEnvironment();
  if (cluster.isWorker) {
    const { serve } = await import("./start/serve");
    return serve(settings, { dev, runsJobs: process.env[JOBS_ENV] === "1" });
  }
  const processes = dev ? 1 : settings.start.processes;
  if (processes === 1) {
    const { setupDatabase } = await import("./start/setup-database");
    await setupDatabase(settings);
  } else {
    // The child inherits the prepared environment, keys included. Its file is this one's
    // sibling in the sources (.ts, through tsx) and in the compiled start (.js).
    const setupChild = new URL(`./start/setup-child${path.extname(import.meta.url)}`, import.meta.url)
      .pathname;
    const result = spawnSync(process.execPath, [...process.execArgv, setupChild], { stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }

  const serverActionsKey = settings.serverActionsKey ?? "";
  if (!dev && !settings.start.skipBuild && buildIsStale(process.cwd(), serverActionsKey)) {
    console.log("keyward: building the console (first start or changed sources)…");
    const result = spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
    recordBuild(process.cwd(), serverActionsKey);
  }

  if (processes === 1) {
    const { serve } = await import("./start/serve");
    return serve(settings, { dev, runsJobs: true });
  }
  const [{ runPrimary }, { limiterStore }, { memoryConsume }] = await Promise.all([
    import("@/lib/server/cluster/primary"),
    import("@/lib/verification/runtime"),
    import("@/lib/verification/failure-store"),
  ]);
  const { verification } = settings;
  const sharedInMemory = limiterStore(verification, settings.databaseUrl).kind === "memory";
  await runPrimary({
    processes,
    limits: sharedInMemory
      ? memoryConsume({
          limit: verification.failureLimit,
          windowMs: verification.failureWindowMs,
          ipv6Prefix: verification.ipv6Prefix,
        })
      : undefined,
  });
  const { port, host } = settings.start;
  const shown = host.includes(":") ? `[${host}]` : host;
  console.log(`keyward: ${processes} worker processes listening on http://${shown}:${port} (production)`);
}

function nextBin(): string {
  return createRequire(import.meta.url).resolve("next/dist/bin/next");
}

main().catch((error: unknown) => {
  console.error("keyward: failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
