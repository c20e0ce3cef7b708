// The one command that runs Keyward: prepares configuration, migrates the database, seeds
// the first administrator, builds when the build is missing or stale, and serves.
//   npm start            production server on PORT (default 3000)
//   npm run dev          development server with hot reload
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import next from "next";
import { prepareEnvironment } from "./start/prepare-environment";
import { setupDatabase } from "./start/setup-database";
import { buildIsStale, recordBuild } from "./start/build-is-stale";
import { isCrossSiteWrite } from "@/lib/http/same-origin";
import { stampClientAddress } from "@/lib/server/client-address";
import { handleVerificationRequest } from "@/lib/verification/dispatch";
import { startVerificationRuntime, stopVerificationRuntime } from "@/lib/verification/runtime";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";

async function main() {
  // Keyward never phones home; Next.js's anonymous telemetry is off unless asked for.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const env = prepareEnvironment(port);
  await setupDatabase();

  if (!dev && process.env.KEYWARD_SKIP_BUILD !== "true" && buildIsStale(process.cwd())) {
    console.log("keyward: building the console (first start or changed sources)…");
    const result = spawnSync(process.execPath, [nextBin(), "build"], { stdio: "inherit", env: process.env });
    if (result.status !== 0) process.exit(result.status ?? 1);
    recordBuild(process.cwd());
  }

  const app = next({ dev, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  startVerificationRuntime();
  const server = createServer((req, res) => {
    stampClientAddress(req, env.trustProxy);
    // Gateways call these with bearer tokens, never cookies, so the cross-site guard below
    // does not apply to them.
    if (handleVerificationRequest(req, res)) return;
    if (isCrossSiteWrite(req.method, req.headers)) {
      res
        .writeHead(403, { "Content-Type": "text/plain; charset=utf-8" })
        .end("Cross-origin request refused.\n");
      return;
    }
    void handle(req, res);
  });
  server.listen(port, hostname, () => {
    console.log(`keyward: listening on http://localhost:${port} (${dev ? "development" : "production"})`);
  });
  // Pending last-used times are written before the process exits.
  const stop = () => {
    server.close();
    stopVerificationRuntime()
      .catch((error: unknown) => console.error("keyward: writing last-used times failed:", error))
      .finally(() => process.exit(0));
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
