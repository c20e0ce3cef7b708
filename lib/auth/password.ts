import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's minimum recommended cost (19 MiB, 2 iterations). Algorithm 2 is argon2id.
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the user does not exist keeps the response time of
// "unknown email" the same as "wrong password", so sign-in does not reveal who has an account.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("keyward-timing-equaliser");
  await verifyPassword(await dummyHash, password);
}

// What sign-in runs for each attempt the throttle lets through: the real check when the
// account has a password, the equalising one otherwise (unknown email, technical user).
export type PasswordVerifier = (passwordHash: string | null, password: string) => Promise<boolean>;

export const checkPassword: PasswordVerifier = async (passwordHash, password) => {
  if (passwordHash) return verifyPassword(passwordHash, password);
  await burnPasswordCheck(password);
  return false;
};
