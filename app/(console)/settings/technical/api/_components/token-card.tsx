"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { SCOPE_LABELS } from "@/lib/messages/labels";
import type { TokenCardDto } from "@/lib/tokens/dto";
import type { CardUsageDto } from "@/lib/usage/dto";
import { CARD, CARD_USAGE } from "./messages";
import { formatDateTime, formatDay } from "@/lib/messages/format-date";
import { TokenHint } from "./token-hint";
import { TokenStatusBadge } from "./token-status-badge";
import { UsageTrend } from "./usage-trend";

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-gray-500">{label}</dt>
      <dd className="truncate text-sm text-gray-900">{children}</dd>
    </div>
  );
}

// The name links to the token's page, where every field reads in full.
export function TokenCard({
  token,
  href,
  usage,
  menu,
  select,
}: {
  token: TokenCardDto;
  href: string;
  usage?: CardUsageDto;
  menu?: ReactNode;
  // The bulk selection's checkbox, where bulk actions are offered.
  select?: ReactNode;
}) {
  const scope = SCOPE_LABELS[token.scope];
  return (
    <article
      aria-labelledby={`token-${token.id}-name`}
      className="rounded-lg border border-gray-200 bg-white p-4 shadow-xs"
    >
      <header className="flex items-start justify-between gap-3">
        {select}
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`token-${token.id}-name`} className="truncate font-semibold text-gray-900">
              <Link href={href} className="hover:underline focus-visible:underline">
                {token.name}
              </Link>
            </h3>
            <TokenStatusBadge status={token.status} expiringSoon={token.expiringSoon} />
          </div>
          <TokenHint hint={token.hint} />
          {token.description && <p className="mt-1 text-sm text-gray-600">{token.description}</p>}
        </div>
        {menu}
      </header>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3 lg:grid-cols-4">
        <Detail label={CARD.scope}>
          {scope} · {token.sectionLabels.length > 0 ? token.sectionLabels.join(", ") : CARD.noSections}
        </Detail>
        <Detail label={CARD.version}>{token.apiVersionName}</Detail>
        <Detail label={CARD.owner}>
          {token.ownerName}
          {token.ownerIsTechnical && <span className="text-gray-500"> ({CARD.technicalUser})</span>}
        </Detail>
        <Detail label={CARD.created}>
          {CARD.createdBy(formatDay(token.createdAt), token.createdByName)}
        </Detail>
        {token.revokedAt ? (
          <Detail label={CARD.revokedOn}>{formatDay(token.revokedAt)}</Detail>
        ) : (
          <Detail label={CARD.expires}>
            {token.expiresAt ? formatDay(token.expiresAt) : CARD.noExpiration}
          </Detail>
        )}
        <Detail label={CARD.lastUsed}>
          {token.lastUsedAt
            ? token.lastUsedIp
              ? CARD.lastUsedFrom(formatDateTime(token.lastUsedAt), token.lastUsedIp)
              : formatDateTime(token.lastUsedAt)
            : CARD.never}
        </Detail>
        {usage && (
          // Two columns wide: the sparkline and its totals in words read without truncation.
          <div className="min-w-0 sm:col-span-2">
            <dt className="text-xs text-gray-500">{CARD_USAGE.trend}</dt>
            <dd className="text-sm text-gray-900">
              <UsageTrend trend={usage.trend} />
            </dd>
          </div>
        )}
      </dl>
      {usage?.unused && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-600/30 ring-inset">
          {CARD_USAGE.unused}
        </p>
      )}
    </article>
  );
}
