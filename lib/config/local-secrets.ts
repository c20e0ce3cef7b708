import { randomBytes } from "node:crypto";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { z } from "zod";

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
  return path.resolve(process.env.KEYWARD_DATA_DIR || path.join(process.cwd(), "data"));
}

const missingOrNotText = (issue: { input: unknown }) =>
  issue.input === undefined ? "is missing" : "must be a string";
const atLeast32 = z.string({ error: missingOrNotText }).min(32, "must be a string of at least 32 characters");

// Next.js decrypts server-action references with this key as AES-256: 32 bytes, base64.
export const serverActionsKeySchema = z
  .base64({ error: (issue) => (issue.input === undefined ? "is missing" : "must be base64") })
  .refine((key) => Buffer.from(key, "base64").length === 32, "must decode to 32 bytes (an AES-256 key)");

// Each key's rule, so a damaged file stops the start with the key's name instead of
// failing later (a short token hash key would silently weaken every token).
const secretsFileSchema = z.strictObject({
  tokenHashKey: atLeast32,
  authSecret: atLeast32,
  serverActionsKey: serverActionsKeySchema,
  // Files written before the audit chain was keyed lack it; it is added, never replaced.
  auditKey: atLeast32.optional(),
});

export class SecretsFileError extends Error {}

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
export function readLocalSecrets(): z.infer<typeof secretsFileSchema> | undefined {
  const file = secretsFile();
  if (!existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new SecretsFileError(
      `${file} is not valid JSON; restore it from a backup (see README, "Configuration")`,
    );
  }
  const parsed = secretsFileSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join(".")} ${issue.message}` : issue.message,
  );
  throw new SecretsFileError(
    `${file} is damaged: ${problems.join("; ")}. Restore it from a backup (see README, "Configuration")`,
  );
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
    const current = readLocalSecrets() ?? generate();
    if (current.auditKey) return { ...current, auditKey: current.auditKey };
    const next: LocalSecrets = { ...current, auditKey: newKey() };
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
  if (existing) return existing.auditKey ? { ...existing, auditKey: existing.auditKey } : addAuditKey(file);
  mkdirSync(dataDirectory(), { recursive: true });
  const secrets = generate();
  // Written whole to a private file, then linked into place: the link appears complete or
  // not at all, so a second process starting at the same moment never reads a half-written
  // file, and the one that loses the race uses the winner's keys.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 });
  chmodSync(temporary, 0o600);
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return loadOrCreateLocalSecrets();
  } finally {
    rmSync(temporary, { force: true });
  }
  return secrets;
}
