import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

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

// The gateway configuration the README recommends, with one location per permission.
export function gatewayConfig(dir: string, port: number, keyward: string, upstreamPort: number): string {
  const protectedLocation = (prefix: string, permission: string) => `
    location ${prefix} {
      set $keyward_permission "${permission}";
      auth_request /_keyward_check;
      auth_request_set $keyward_token_id $upstream_http_x_keyward_token_id;
      auth_request_set $keyward_token_name $upstream_http_x_keyward_token_name;
      auth_request_set $keyward_owner_email $upstream_http_x_keyward_owner_email;
      auth_request_set $keyward_scopes $upstream_http_x_keyward_scopes;
      auth_request_set $keyward_api_version $upstream_http_x_keyward_api_version;
      proxy_set_header X-Keyward-Token-Id $keyward_token_id;
      proxy_set_header X-Keyward-Token-Name $keyward_token_name;
      proxy_set_header X-Keyward-Owner-Email $keyward_owner_email;
      proxy_set_header X-Keyward-Scopes $keyward_scopes;
      proxy_set_header X-Keyward-Api-Version $keyward_api_version;
      proxy_set_header Authorization "";
      proxy_pass http://127.0.0.1:${upstreamPort};
    }`;
  return `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    location = /_keyward_check {
      internal;
      proxy_pass ${keyward}/api/v1/auth/check;
      proxy_pass_request_body off;
      proxy_set_header Content-Length "";
      proxy_set_header X-Keyward-Required-Permission $keyward_permission;
      proxy_set_header X-Forwarded-For $remote_addr;
    }
    ${protectedLocation("/leads/", "leads:read")}
    ${protectedLocation("/reports/", "reports:read")}
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
