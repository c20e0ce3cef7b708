import "server-only";
import { randomBytes } from "node:crypto";
import type { DbClient } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

export type FirstAdminResult =
  { created: false } | { created: true; email: string; generatedPassword: string | null };

// On the first start of an empty database: one account and its administrator. The password
// comes from KEYWARD_ADMIN_PASSWORD, or is generated and returned so the caller can print it
// once; it is stored only as an argon2id hash.
export async function ensureFirstAdmin(
  client: DbClient,
  env: { email?: string; password?: string; accountName?: string },
): Promise<FirstAdminResult> {
  if ((await client.user.count()) > 0) return { created: false };
  const email = (env.email ?? "admin@keyward.local").trim().toLowerCase();
  const generatedPassword = env.password ? null : randomBytes(12).toString("base64url");
  const password = env.password ?? generatedPassword ?? "";
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new Error(`KEYWARD_ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters`);
  }
  const passwordHash = await hashPassword(password);
  await client.$transaction(async (tx) => {
    const account = await tx.account.create({ data: { name: env.accountName ?? "My organisation" } });
    // A generated password has been printed to a log: it must be replaced at first sign-in.
    // One the operator chose (KEYWARD_ADMIN_PASSWORD) is theirs already, and automated
    // installs rely on it working as given.
    const user = await tx.user.create({
      data: { email, name: "Administrator", passwordHash, mustChangePassword: generatedPassword !== null },
    });
    await tx.membership.create({ data: { accountId: account.id, userId: user.id, role: "administrator" } });
  });
  return { created: true, email, generatedPassword };
}
