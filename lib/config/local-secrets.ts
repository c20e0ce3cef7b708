import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

// Keys a single-machine install needs but nobody should have to invent. They are
// generated once into data/secrets.json (mode 0600) and reused; any of them set in
// the environment wins. Several instances must share them, so scale-out deployments
// set them explicitly (see README).
export type LocalSecrets = {
  tokenHashKey: string;
  authSecret: string;
  serverActionsKey: string;
  auditKey: string;
};

export function dataDirectory(): string {
  return path.resolve(process.env.KEYWARD_DATA_DIR ?? path.join(process.cwd(), "data"));
}

function secretsFile(): string {
  return path.join(dataDirectory(), "secrets.json");
}

const newKey = () => randomBytes(32).toString("base64url");

function generate(): LocalSecrets {
  return {
    tokenHashKey: newKey(),
    authSecret: newKey(),
    // Next.js expects a base64 AES-256 key for server-action encryption.
    serverActionsKey: randomBytes(32).toString("base64"),
    auditKey: newKey(),
  };
}

// The secrets file as it is on disk, or undefined when there is none. Never creates or
// changes anything, for tools (audit:verify) that must not invent a key.
export function readLocalSecrets(): Partial<LocalSecrets> | undefined {
  const file = secretsFile();
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as Partial<LocalSecrets>;
}

const LOCK_WAIT_MS = 5_000;
const LOCK_POLL_MS = 50;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Files written before the audit key existed get it added, keeping every other key: a
// regenerated token hash key would make every existing token fail. Two processes starting
// at once must end up with the same audit key, so the read-modify-write runs under an
// exclusive lock file, and the loser reads what the winner wrote.
function addAuditKey(file: string): LocalSecrets {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: "wx", mode: 0o600 });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) {
        throw new Error(`${lock} is held by another process; remove it if no Keyward process is starting`);
      }
      sleepSync(LOCK_POLL_MS);
    }
  }
  try {
    const current = JSON.parse(readFileSync(file, "utf8")) as Partial<LocalSecrets>;
    if (current.auditKey) return current as LocalSecrets;
    const next = { ...current, auditKey: newKey() } as LocalSecrets;
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(next, null, 2) + "\n", { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, file);
    return next;
  } finally {
    rmSync(lock, { force: true });
  }
}

export function loadOrCreateLocalSecrets(): LocalSecrets {
  const file = secretsFile();
  const existing = readLocalSecrets();
  if (existing) return existing.auditKey ? (existing as LocalSecrets) : addAuditKey(file);
  mkdirSync(dataDirectory(), { recursive: true });
  const secrets = generate();
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  chmodSync(file, 0o600);
  return secrets;
}
