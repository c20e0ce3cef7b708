import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Keys a single-machine install needs but nobody should have to invent. They are
// generated once into data/secrets.json (mode 0600) and reused; any of them set in
// the environment wins. Several instances must share them, so scale-out deployments
// set them explicitly (see README).
export type LocalSecrets = {
  tokenHashKey: string;
  authSecret: string;
  serverActionsKey: string;
};

export function dataDirectory(): string {
  return path.resolve(process.env.KEYWARD_DATA_DIR ?? path.join(process.cwd(), "data"));
}

function generate(): LocalSecrets {
  return {
    tokenHashKey: randomBytes(32).toString("base64url"),
    authSecret: randomBytes(32).toString("base64url"),
    // Next.js expects a base64 AES-256 key for server-action encryption.
    serverActionsKey: randomBytes(32).toString("base64"),
  };
}

export function loadOrCreateLocalSecrets(): LocalSecrets {
  const dir = dataDirectory();
  const file = path.join(dir, "secrets.json");
  if (existsSync(file)) {
    return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  }
  mkdirSync(dir, { recursive: true });
  const secrets = generate();
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secrets;
}
