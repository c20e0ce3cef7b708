import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { config } from "@/lib/config/env";

// Signing secrets must be recovered to sign, so unlike token secrets they cannot be hashed.
// They are encrypted with AES-256-GCM under a key derived (HKDF-SHA-256) from
// KEYWARD_TOKEN_HASH_KEY, which every instance shares and which already guards every token:
// a copy of the database alone reveals no signing secret.
const VERSION = "v1";
const INFO = "keyward webhook signing secret v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", config().tokenHashKey, Buffer.alloc(0), INFO, 32));
}

// A new Standard Webhooks secret: "whsec_" and 32 random bytes in base64.
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export function encryptWebhookSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url"));
  return [VERSION, ...parts].join(".");
}

// Throws when the text was not sealed under this deployment's key (a changed
// KEYWARD_TOKEN_HASH_KEY): the caller records a failed attempt, never the secret.
export function decryptWebhookSecret(stored: string): string {
  const [version, iv, tag, sealed] = stored.split(".");
  if (version !== VERSION || !iv || !tag || sealed === undefined) {
    throw new Error("the signing secret is not in a known format");
  }
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64url")), decipher.final()]).toString(
    "utf8",
  );
}
