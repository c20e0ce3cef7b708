import "server-only";
import type { AuditEventDto } from "@/lib/audit/queries/audit-event-dto";
import { auditWords } from "@/lib/audit/display";
import { lastDisabledBy, listTokenHistory } from "@/lib/audit/queries/token-history";
import { can, type Role } from "@/lib/auth/roles";
import { targetId } from "@/lib/commands/target-id";
import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import type { TokenDetailsDto } from "../dto";
import { tokenCardSelect, toTokenCard } from "./list-tokens";

export type TokenPageData = {
  token: TokenDetailsDto;
  // The token's latest audit events, newest first.
  history: AuditEventDto[];
  canManage: boolean;
};

const person = { select: { name: true, email: true } } as const;

// What the page shows beyond a card: people in full, and whether the owner is still active
// in this account (a deactivated owner's tokens fail verification).
function tokenDetailsSelect(accountId: string) {
  return {
    ...tokenCardSelect,
    updatedAt: true,
    rotatedAt: true,
    owner: {
      select: {
        name: true,
        email: true,
        isTechnical: true,
        memberships: { where: { accountId }, select: { deactivatedAt: true } },
      },
    },
    createdBy: person,
    revokedBy: person,
    duplicatedFrom: { select: { id: true, name: true } },
    account: { select: { apiAccessEnabled: true } },
  } as const;
}

// One token of the viewer's account with its recent history, or null when the viewer's
// role may not see tokens or the id names nothing in this account — another account's
// token reads exactly like one that does not exist. The history reads in the viewer's language.
export async function loadTokenPage(
  viewer: { accountId: string; role: Role; locale?: Locale },
  rawId: unknown,
  now = new Date(),
): Promise<TokenPageData | null> {
  const id = targetId(rawId);
  if (!id || !can(viewer.role, "tokens.view")) return null;
  const { accountId } = viewer;
  const row = await db().apiToken.findFirst({
    where: { id, accountId },
    select: tokenDetailsSelect(accountId),
  });
  if (!row) return null;
  const [disabledBy, history] = await Promise.all([
    row.disabledAt ? lastDisabledBy(accountId, id) : Promise.resolve(null),
    listTokenHistory(accountId, id, { words: auditWords(viewer.locale) }),
  ]);
  const membership = row.owner.memberships[0];
  const token: TokenDetailsDto = {
    ...toTokenCard(row, now),
    owner: {
      name: row.owner.name,
      email: row.owner.email,
      isTechnical: row.owner.isTechnical,
      active: membership !== undefined && membership.deactivatedAt === null,
    },
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    disabledAt: row.disabledAt?.toISOString() ?? null,
    disabledBy,
    revokedBy: row.revokedBy,
    rotatedAt: row.rotatedAt?.toISOString() ?? null,
    duplicatedFrom: row.duplicatedFrom,
    accountApiAccess: row.account.apiAccessEnabled,
  };
  return { token, history, canManage: can(viewer.role, "tokens.manage") };
}
