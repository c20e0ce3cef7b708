import type { DbClient } from "@/lib/db/client";
import { decideToken, type TokenDecision, type TokenRecord } from "@/lib/tokens/verify-token";

// Test stand-in for the verification endpoint's loader: what decideToken answers for a
// presented token, given the database as it is now. Tests ask it "does this secret still
// work?" after each lifecycle action; the real endpoint lives on its own branch.
export async function loadTokenRecord(client: DbClient, publicId: string): Promise<TokenRecord | null> {
  const row = await client.apiToken.findUnique({
    where: { publicId },
    select: {
      id: true, accountId: true, name: true, publicId: true, secretHash: true,
      previousSecretHash: true, previousSecretExpiresAt: true, expiresAt: true,
      disabledAt: true, revokedAt: true, scope: true, allowedIpRanges: true, ownerId: true,
      apiVersion: { select: { name: true } },
      sections: { select: { section: { select: { key: true } } } },
      account: { select: { apiAccessEnabled: true } },
      owner: { select: { id: true, email: true } },
    },
  });
  if (!row) return null;
  const membership = await client.membership.findUnique({
    where: { accountId_userId: { accountId: row.accountId, userId: row.ownerId } },
    select: { role: true, deactivatedAt: true },
  });
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    publicId: row.publicId,
    secretHash: row.secretHash,
    previousSecretHash: row.previousSecretHash,
    previousSecretExpiresAt: row.previousSecretExpiresAt,
    expiresAt: row.expiresAt,
    disabledAt: row.disabledAt,
    revokedAt: row.revokedAt,
    scope: row.scope,
    allowedIpRanges: row.allowedIpRanges ? row.allowedIpRanges.split(",") : [],
    apiVersionName: row.apiVersion.name,
    sectionKeys: row.sections.map((s) => s.section.key),
    accountApiAccessEnabled: row.account.apiAccessEnabled,
    owner: {
      id: row.owner.id,
      email: row.owner.email,
      membershipActive: membership !== null && membership.deactivatedAt === null,
      role: membership?.role ?? "none",
    },
  };
}

export type VerifyOptions = { client: DbClient; hashKey: string; now?: Date; clientIp?: string; required?: string };

export function verifyWithDb(raw: string, options: VerifyOptions): Promise<TokenDecision> {
  return decideToken(
    { raw, clientIp: options.clientIp ?? "203.0.113.7", required: options.required, now: options.now ?? new Date(), hashKey: options.hashKey },
    (publicId) => loadTokenRecord(options.client, publicId),
  );
}
