import "server-only";
import { db } from "@/lib/db/client";
import type { TokenCardDto, TokenListPage } from "../dto";
import type { TokenListFilters } from "../list-filters";
import { isExpiringSoon, tokenStatus } from "../status";
import { nameSearchWhere } from "../name-search/name-search-where";
import { tokenListWhere } from "./filter-where";

export const TOKEN_PAGE_SIZE = 20;

// Only what a card shows; secret hashes are never selected.
export const tokenCardSelect = {
  id: true,
  name: true,
  description: true,
  hint: true,
  scope: true,
  apiVersionId: true,
  ownerId: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  lastUsedIp: true,
  disabledAt: true,
  revokedAt: true,
  allowedIpRanges: true,
  technicalContact: true,
  apiVersion: { select: { name: true } },
  owner: { select: { name: true, isTechnical: true } },
  createdBy: { select: { name: true } },
  sections: {
    select: { section: { select: { id: true, label: true, position: true } } },
  },
} as const;

type TokenCardRow = {
  id: string;
  name: string;
  description: string;
  hint: string;
  scope: string;
  apiVersionId: string;
  ownerId: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  lastUsedIp: string | null;
  disabledAt: Date | null;
  revokedAt: Date | null;
  allowedIpRanges: string;
  technicalContact: string | null;
  apiVersion: { name: string };
  owner: { name: string; isTechnical: boolean };
  createdBy: { name: string };
  sections: { section: { id: string; label: string; position: number } }[];
};

export function toTokenCard(row: TokenCardRow, now: Date): TokenCardDto {
  const status = tokenStatus(row, now);
  const sections = row.sections.map((s) => s.section).sort((a, b) => a.position - b.position);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status,
    disabled: row.disabledAt !== null,
    expiringSoon: isExpiringSoon(row, now),
    hint: row.hint,
    scope: row.scope === "read_write" ? "read_write" : "read",
    sectionIds: sections.map((s) => s.id),
    sectionLabels: sections.map((s) => s.label),
    apiVersionId: row.apiVersionId,
    apiVersionName: row.apiVersion.name,
    ownerId: row.ownerId,
    ownerName: row.owner.name,
    ownerIsTechnical: row.owner.isTechnical,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdBy.name,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    lastUsedIp: row.lastUsedIp,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    allowedIpRanges: row.allowedIpRanges ? row.allowedIpRanges.split(",") : [],
    technicalContact: row.technicalContact,
  };
}

// One page of the account's tokens, newest first, filtered in the database.
export async function listTokens(
  accountId: string,
  filters: TokenListFilters,
  now = new Date(),
): Promise<TokenListPage> {
  const where = tokenListWhere(accountId, filters, await nameSearchWhere(accountId, filters.q), now);
  const [total, anyToken] = await Promise.all([
    db().apiToken.count({ where }),
    db().apiToken.findFirst({ where: { accountId }, select: { id: true } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / TOKEN_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pages);
  const rows = await db().apiToken.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * TOKEN_PAGE_SIZE,
    take: TOKEN_PAGE_SIZE,
    select: tokenCardSelect,
  });
  return {
    tokens: rows.map((row) => toTokenCard(row, now)),
    total,
    page,
    pageSize: TOKEN_PAGE_SIZE,
    accountHasTokens: anyToken !== null,
  };
}
