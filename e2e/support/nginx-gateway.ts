import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { nginxSnippet as keywardSnippet } from "@/lib/verification/docs/nginx-snippet";

export const NGINX_BINARY = process.env.KEYWARD_NGINX ?? "/usr/sbin/nginx";

export function nginxAvailable(): boolean {
  return existsSync(NGINX_BINARY);
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// A tiny upstream API: answers every request with the request headers it received, as JSON.
export async function startEchoUpstream(): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    res
      .writeHead(200, { "Content-Type": "application/json" })
      .end(JSON.stringify({ path: req.url, headers: req.headers }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The README's nginx snippet, which the "Using the API" page shows too.
export { keywardSnippet };

// nginx as the current user keeps every temporary file under the test's own directory.
export function nginxTempPaths(dir: string): string {
  return ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((kind) => `  ${kind}_temp_path ${dir}/${kind};`)
    .join("\n");
}

// The same gateway with a second protected prefix, /reports/, for the scope test.
export function gatewayConfig(dir: string, port: number, keyward: string, upstreamPort: number): string {
  const upstream = `http://127.0.0.1:${upstreamPort}`;
  const snippet = keywardSnippet(keyward, upstream);
  const reports = snippet
    .slice(snippet.indexOf("location /leads/ {"))
    .replace("location /leads/ {", "location /reports/ {")
    .replace('"leads:read"', '"reports:read"');
  return `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${dir}/access.log;
${nginxTempPaths(dir)}
  server {
    listen 127.0.0.1:${port};
${snippet}
${reports}
  }
}
`;
}

// nginx as the current user, with its configuration, pid, logs and temp files in a fresh
// temporary directory (master_process off: no privilege switch, no daemon).
export async function startNginxGateway(keyward: string, upstreamPort: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "keyward-nginx-"));
  mkdirSync(path.join(dir, "logs"));
  const port = await freePort();
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, gatewayConfig(dir, port, keyward, upstreamPort));
  const child: ChildProcess = spawn(
    NGINX_BINARY,
    ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log")],
    { stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited: ${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error("nginx did not start listening");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
