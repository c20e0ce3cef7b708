import "server-only";
import type { DbClient } from "@/lib/db/client";
import { noticeWindow } from "./due";
import { noticeRecipients, type NoticePerson, type NoticeRecipient } from "./recipients";

export type DueToken = {
  id: string;
  accountId: string;
  accountName: string;
  name: string;
  hint: string;
  expiresAt: Date;
  recipients: NoticeRecipient[];
};

const USER = { id: true, email: true, locale: true, isTechnical: true } as const;

type UserRow = { id: string; email: string; locale: string | null; isTechnical: boolean };

const asPerson = (user: UserRow, active: boolean): NoticePerson => ({
  userId: user.id,
  email: user.email,
  locale: user.locale,
  isTechnical: user.isTechnical,
  active,
});

// One page of the tokens that may be due a notice (not revoked, not disabled, expiring within
// 7 days), with who should hear about each: a handful of queries per page, whatever its size.
export async function dueTokensPage(
  client: DbClient,
  now: Date,
  page: { after: string | null; size: number },
): Promise<DueToken[]> {
  const tokens = await client.apiToken.findMany({
    where: { revokedAt: null, disabledAt: null, expiresAt: noticeWindow(now) },
    orderBy: { id: "asc" },
    take: page.size,
    ...(page.after ? { cursor: { id: page.after }, skip: 1 } : {}),
    select: {
      id: true,
      accountId: true,
      name: true,
      hint: true,
      expiresAt: true,
      technicalContact: true,
      account: { select: { name: true } },
      owner: { select: { ...USER, memberships: { select: { accountId: true, deactivatedAt: true } } } },
    },
  });
  if (tokens.length === 0) return [];
  const accountIds = [...new Set(tokens.map((token) => token.accountId))];
  const contacts = [
    ...new Set(
      tokens.flatMap((token) => (token.technicalContact ? [token.technicalContact.toLowerCase()] : [])),
    ),
  ];
  const [administrators, contactMembers] = await Promise.all([
    client.membership.findMany({
      where: { accountId: { in: accountIds }, role: "administrator" },
      select: { accountId: true, deactivatedAt: true, user: { select: USER } },
    }),
    contacts.length === 0
      ? []
      : client.membership.findMany({
          where: { accountId: { in: accountIds }, user: { email: { in: contacts } } },
          select: { accountId: true, deactivatedAt: true, user: { select: USER } },
        }),
  ]);

  return tokens.flatMap((token) => {
    if (token.expiresAt === null) return [];
    const ownerMembership = token.owner.memberships.find((m) => m.accountId === token.accountId);
    const contactEmail = token.technicalContact?.toLowerCase() ?? null;
    const contact = contactMembers.find(
      (m) => m.accountId === token.accountId && m.user.email.toLowerCase() === contactEmail,
    );
    return [
      {
        id: token.id,
        accountId: token.accountId,
        accountName: token.account.name,
        name: token.name,
        hint: token.hint,
        expiresAt: token.expiresAt,
        recipients: noticeRecipients({
          owner: asPerson(
            token.owner,
            ownerMembership !== undefined && ownerMembership.deactivatedAt === null,
          ),
          contactEmail,
          contactMember: contact ? asPerson(contact.user, contact.deactivatedAt === null) : null,
          administrators: administrators
            .filter((m) => m.accountId === token.accountId)
            .map((m) => asPerson(m.user, m.deactivatedAt === null)),
        }),
      },
    ];
  });
}

// The token as it is now, to decide at send time: a token reset, extended, disabled,
// revoked or deleted since the page was read is judged on what it has become.
export function currentToken(client: DbClient, id: string) {
  return client.apiToken.findUnique({
    where: { id },
    select: { name: true, hint: true, expiresAt: true, revokedAt: true, disabledAt: true },
  });
}
