import "server-only";
import type { ReadRows } from "@/lib/db/read-rows";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { TokenRecord } from "@/lib/tokens/verify-token";

// What verification needs about one token, read fresh from the database. issuedAt is when
// the current secret was issued (the last reset, or creation), for introspection's iat.
export type VerificationRecord = TokenRecord & { issuedAt: Date };

type Row = {
  id: string;
  accountId: string;
  name: string;
  publicId: string;
  secretHash: string;
  previousSecretHash: string | null;
  previousSecretExpiresAt: Date | string | null;
  expiresAt: Date | string | null;
  disabledAt: Date | string | null;
  revokedAt: Date | string | null;
  scope: string;
  allowedIpRanges: string;
  createdAt: Date | string;
  rotatedAt: Date | string | null;
  apiVersionName: string;
  apiAccessEnabled: boolean | number;
  ownerId: string;
  ownerEmail: string;
  ownerRole: string | null;
  ownerDeactivatedAt: Date | string | null;
};

// Through the client the columns come typed; the SQLite thread (lib/db/read-rows.ts) hands
// back dates as text and booleans as numbers. The conversions take either.
const date = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const optionalDate = (value: Date | string | null) => (value === null ? null : date(value));

// The hot path's cache misses, in plain SQL (the same on SQLite and PostgreSQL): the ORM's
// nested select costs about thirty times more here, and a burst of misses (after a change
// empties the cache) is exactly when that matters. Two queries for any number of tokens
// (the runtime batches the misses of a turn of the event loop: batched-loader.ts). `read`
// is the client, or on SQLite a thread of its own.
export async function loadTokenRecords(
  read: ReadRows,
  publicIds: readonly string[],
): Promise<Map<string, VerificationRecord>> {
  const records = new Map<string, VerificationRecord>();
  if (publicIds.length === 0) return records;
  const rows = await read<Row>(Prisma.sql`
    SELECT t."id", t."accountId", t."name", t."publicId", t."secretHash", t."previousSecretHash",
           t."previousSecretExpiresAt", t."expiresAt", t."disabledAt", t."revokedAt", t."scope",
           t."allowedIpRanges", t."createdAt", t."rotatedAt",
           v."name" AS "apiVersionName", a."apiAccessEnabled", u."id" AS "ownerId", u."email" AS "ownerEmail",
           m."role" AS "ownerRole", m."deactivatedAt" AS "ownerDeactivatedAt"
    FROM "ApiToken" t
    JOIN "ApiVersion" v ON v."id" = t."apiVersionId"
    JOIN "Account" a ON a."id" = t."accountId"
    JOIN "User" u ON u."id" = t."ownerId"
    LEFT JOIN "Membership" m ON m."accountId" = t."accountId" AND m."userId" = t."ownerId"
    WHERE t."publicId" IN (${Prisma.join(publicIds)})`);
  if (rows.length === 0) return records;
  const sections = await read<{ tokenId: string; key: string }>(Prisma.sql`
    SELECT ts."tokenId", s."key" FROM "ApiTokenSection" ts JOIN "ApiSection" s ON s."id" = ts."sectionId"
    WHERE ts."tokenId" IN (${Prisma.join(rows.map((row) => row.id))})`);
  const keysByToken = new Map<string, string[]>();
  for (const { tokenId, key } of sections) {
    const keys = keysByToken.get(tokenId);
    if (keys) keys.push(key);
    else keysByToken.set(tokenId, [key]);
  }
  for (const row of rows) records.set(row.publicId, toRecord(row, keysByToken.get(row.id) ?? []));
  return records;
}

export async function loadTokenRecord(read: ReadRows, publicId: string): Promise<VerificationRecord | null> {
  return (await loadTokenRecords(read, [publicId])).get(publicId) ?? null;
}

function toRecord(row: Row, sectionKeys: string[]): VerificationRecord {
  return {
    id: row.id,
    accountId: row.accountId,
    name: row.name,
    publicId: row.publicId,
    secretHash: row.secretHash,
    previousSecretHash: row.previousSecretHash,
    previousSecretExpiresAt: optionalDate(row.previousSecretExpiresAt),
    expiresAt: optionalDate(row.expiresAt),
    disabledAt: optionalDate(row.disabledAt),
    revokedAt: optionalDate(row.revokedAt),
    scope: row.scope,
    allowedIpRanges: row.allowedIpRanges ? row.allowedIpRanges.split(",") : [],
    apiVersionName: row.apiVersionName,
    sectionKeys,
    accountApiAccessEnabled: row.apiAccessEnabled === true || row.apiAccessEnabled === 1,
    owner: {
      id: row.ownerId,
      email: row.ownerEmail,
      membershipActive: row.ownerRole !== null && row.ownerDeactivatedAt === null,
      role: row.ownerRole ?? "none",
    },
    issuedAt: date(row.rotatedAt ?? row.createdAt),
  };
}
