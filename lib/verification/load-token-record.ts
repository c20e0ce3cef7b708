import "server-only";
import type { DbClient } from "@/lib/db/client";
import type { TokenRecord } from "@/lib/tokens/verify-token";

// What verification needs about one token, read fresh from the database. issuedAt is when
// the current secret was issued (the last reset, or creation), for introspection's iat.
export type VerificationRecord = TokenRecord & { issuedAt: Date };

export async function loadTokenRecord(client: DbClient, publicId: string): Promise<VerificationRecord | null> {
  const row = await client.apiToken.findUnique({
    where: { publicId },
    select: {
      id: true, accountId: true, name: true, publicId: true, secretHash: true,
      previousSecretHash: true, previousSecretExpiresAt: true, expiresAt: true,
      disabledAt: true, revokedAt: true, scope: true, allowedIpRanges: true, ownerId: true,
      createdAt: true, rotatedAt: true,
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
    issuedAt: row.rotatedAt ?? row.createdAt,
  };
}
