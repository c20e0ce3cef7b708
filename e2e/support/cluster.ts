import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startInGroup, stop, waitFor } from "../../bench/support/servers";
import { E2E_PASSWORD, E2E_SERVER_ENV, E2E_USERS } from "./e2e-env";
import { freePort, nginxConfig, startNginx } from "./nginx";

// Several production instances on one PostgreSQL database behind Debian's nginx as a
// round-robin load balancer: the deployment of README "Deployment guide", on loopback.
export const PG_ADMIN_URL =
  process.env.KEYWARD_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// The part of the balancer's configuration the README shows word for word (the README test
// compares them): the instances, and what the proxy must pass on.
export function balancerSnippet(instances: readonly string[]): string {
  return `upstream keyward {
${instances.map((address) => `    server ${address} max_fails=1 fail_timeout=5s;`).join("\n")}
    keepalive 16;
}
location / {
    proxy_pass http://keyward;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_next_upstream error timeout http_503;
}`;
}

function balancerConfig(dir: string, port: number, instances: readonly string[]): string {
  const [upstream = "", location = ""] = balancerSnippet(instances).split(/\n(?=location )/);
  return nginxConfig(dir, {
    workers: 256,
    accessLog: "$request_method $uri $status $upstream_addr",
    body: `${upstream}
  server {
    listen 127.0.0.1:${port};
${location}
  }`,
  });
}

async function onAdmin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<boolean> {
  return onAdmin("SELECT 1").then(
    () => true,
    () => false,
  );
}

export type Instance = { url: string; child: ChildProcess };
export type Cluster = {
  balancer: string;
  instances: Instance[];
  // Which instance served each request through the balancer: "METHOD /path status addr".
  accessLog: () => string[];
  // What the instances printed, all of it.
  serverLogs: () => string;
  stop: () => Promise<void>;
};

export const CLUSTER_ENV = {
  // A minute of allowed staleness: the poll cannot explain a refusal seen within seconds,
  // only the LISTEN/NOTIFY signal can.
  KEYWARD_VERIFY_STALENESS_MS: "30000",
  KEYWARD_VERIFY_FAILURE_LIMIT: "6",
  // Two workers per instance: revocations and the failure limit then cross workers as well
  // as instances.
  KEYWARD_PROCESSES: "2",
};

// Starts `count` instances one after another (the first migrates and seeds the first
// administrator), then nginx in front of them.
export async function startCluster(count = 2): Promise<Cluster> {
  const name = `keyward_e2e_cluster_${Date.now().toString(36)}`;
  const databaseUrl = new URL(PG_ADMIN_URL);
  databaseUrl.pathname = `/${name}`;
  await onAdmin(`CREATE DATABASE ${name}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), "keyward-cluster-"));
  const ports = await Promise.all(Array.from({ length: count + 1 }, () => freePort()));
  const balancerPort = ports[0] ?? 0;
  const instancePorts = ports.slice(1);
  const balancer = `http://127.0.0.1:${balancerPort}`;
  const instances: Instance[] = [];
  let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;

  const stopAll = async () => {
    await nginx?.stop();
    await Promise.all(instances.map((instance) => stop(instance.child)));
    await onAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    for (const [index, port] of instancePorts.entries()) {
      const dataDir = path.join(dir, `instance-${index + 1}`);
      mkdirSync(dataDir);
      const child = startInGroup(
        "npm",
        ["start"],
        {
          PORT: String(port),
          HOST: "127.0.0.1",
          DATABASE_URL: databaseUrl.toString(),
          KEYWARD_DATA_DIR: dataDir,
          // Every key shared (README, "Running on PostgreSQL, with several instances").
          KEYWARD_TOKEN_HASH_KEY: E2E_SERVER_ENV.KEYWARD_TOKEN_HASH_KEY ?? "",
          NEXTAUTH_SECRET: E2E_SERVER_ENV.NEXTAUTH_SECRET ?? "",
          NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: E2E_SERVER_ENV.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "",
          KEYWARD_AUDIT_KEY: "e2e-cluster-audit-key-0123456789abcdefghijkl",
          KEYWARD_ADMIN_EMAIL: E2E_USERS.administrator,
          KEYWARD_ADMIN_PASSWORD: E2E_PASSWORD,
          KEYWARD_ACCOUNT_NAME: "Cluster Org",
          NEXTAUTH_URL: balancer,
          KEYWARD_TRUSTED_PROXIES: "127.0.0.1/32",
          KEYWARD_SKIP_BUILD: "true",
          NEXT_TELEMETRY_DISABLED: "1",
          ...CLUSTER_ENV,
        },
        path.join(dir, `instance-${index + 1}.log`),
      );
      const url = `http://127.0.0.1:${port}`;
      instances.push({ url, child });
      await waitFor(`${url}/readyz`, 200, 120_000, child);
    }
    const conf = balancerConfig(
      dir,
      balancerPort,
      instancePorts.map((port) => `127.0.0.1:${port}`),
    );
    nginx = await startNginx(dir, conf, `${balancer}/healthz`);
  } catch (error) {
    await stopAll();
    throw error;
  }

  return {
    balancer,
    instances,
    accessLog: () =>
      readFileSync(path.join(dir, "access.log"), "utf8")
        .split("\n")
        .filter((line) => line !== ""),
    serverLogs: () =>
      instancePorts
        .map((_, index) => readFileSync(path.join(dir, `instance-${index + 1}.log`), "utf8"))
        .join("\n"),
    stop: stopAll,
  };
}
