import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

// Debian's nginx, run as the current user for a test: configuration, pid, logs and temp
// files all in the test's own directory (master_process off: no privilege switch, no daemon).
export const NGINX_BINARY = process.env.KEYWARD_NGINX ?? "/usr/sbin/nginx";

export function nginxAvailable(): boolean {
  return existsSync(NGINX_BINARY);
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no loopback port");
  return address.port;
}

const TEMP_KINDS = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];

// The whole nginx.conf around `body` (what goes inside `http { }`). With `accessLog`, each
// request is logged in that log_format rather than nginx's default one.
export function nginxConfig(
  dir: string,
  { workers, accessLog, body }: { workers: number; accessLog?: string; body: string },
): string {
  const log = accessLog
    ? `  log_format test '${accessLog}';\n  access_log ${dir}/access.log test;`
    : `  access_log ${dir}/access.log;`;
  return `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections ${workers}; }
http {
${log}
${TEMP_KINDS.map((kind) => `  ${kind}_temp_path ${dir}/${kind};`).join("\n")}
${body}
}
`;
}

// Writes `conf` to dir/nginx.conf, starts nginx and waits until `url` answers at all.
export async function startNginx(
  dir: string,
  conf: string,
  url: string,
): Promise<{ stop: () => Promise<void> }> {
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, conf);
  mkdirSync(path.join(dir, "logs"), { recursive: true });
  const child = spawn(NGINX_BINARY, ["-p", dir, "-c", file, "-e", path.join(dir, "error.log")], {
    stdio: "ignore",
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGQUIT");
    await exited;
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited: ${readFileSync(path.join(dir, "error.log"), "utf8")}`);
    try {
      await fetch(url);
      return { stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error("nginx did not start listening");
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
