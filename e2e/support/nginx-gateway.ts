import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { nginxSnippet as keywardSnippet } from "@/lib/verification/docs/nginx-snippet";
import { freePort, nginxConfig, startNginx } from "./nginx";

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

// The same gateway with a second protected prefix, /reports/, for the scope test.
export function gatewayConfig(dir: string, port: number, keyward: string, upstreamPort: number): string {
  const upstream = `http://127.0.0.1:${upstreamPort}`;
  const snippet = keywardSnippet(keyward, upstream);
  const reports = snippet
    .slice(snippet.indexOf("location /leads/ {"))
    .replace("location /leads/ {", "location /reports/ {")
    .replace('"leads:read"', '"reports:read"');
  return nginxConfig(dir, {
    workers: 64,
    body: `  server {
    listen 127.0.0.1:${port};
${snippet}
${reports}
  }`,
  });
}

export async function startNginxGateway(keyward: string, upstreamPort: number) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "keyward-nginx-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const nginx = await startNginx(dir, gatewayConfig(dir, port, keyward, upstreamPort), `${url}/`);
  return {
    url,
    stop: async () => {
      await nginx.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
