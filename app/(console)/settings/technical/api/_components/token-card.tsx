"use client";

import type { ReactNode } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatDateTime, formatRelativeTime } from "@/lib/i18n/format";
import type { TokenCardDto } from "@/lib/tokens/dto";
import type { CardUsageDto } from "@/lib/usage/dto";
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
  now,
  menu,
  select,
}: {
  token: TokenCardDto;
  href: string;
  usage?: CardUsageDto;
  // The instant relative times count from (ISO), the same on the server and in the browser.
  now: string;
  menu?: ReactNode;
  // The bulk selection's checkbox, where bulk actions are offered.
  select?: ReactNode;
}) {
  const t = useTranslations("api");
  const label = useTranslations("labels");
  const locale = useLocale();
  const day = (iso: string) => formatDate(iso, locale);
  const relative = (iso: string) => formatRelativeTime(iso, now, locale);
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
        <Detail label={t("card.scope")}>
          {t("card.scopeAndSections", {
            scope: label(`scopes.${token.scope}`),
            sections:
              token.sectionLabels.length > 0
                ? new Intl.ListFormat(locale, { type: "unit" }).format(token.sectionLabels)
                : t("card.noSections"),
          })}
        </Detail>
        <Detail label={t("card.version")}>{token.apiVersionName}</Detail>
        <Detail label={t("card.owner")}>
          {token.ownerName}
          {token.ownerIsTechnical && <span className="text-gray-500"> {t("card.technicalUser")}</span>}
        </Detail>
        <Detail label={t("card.created")}>
          {t("card.createdBy", { day: day(token.createdAt), name: token.createdByName })}
        </Detail>
        {token.revokedAt ? (
          <Detail label={t("card.revokedOn")}>{day(token.revokedAt)}</Detail>
        ) : (
          <Detail label={t("card.expires")}>
            {token.expiresAt
              ? t("card.expiresOn", { day: day(token.expiresAt), relative: relative(token.expiresAt) })
              : t("card.noExpiration")}
          </Detail>
        )}
        <Detail label={t("card.lastUsed")}>
          {token.lastUsedAt
            ? t(token.lastUsedIp ? "card.lastUsedFrom" : "card.lastUsedWhen", {
                relative: relative(token.lastUsedAt),
                when: formatDateTime(token.lastUsedAt, locale, { withZone: true }),
                ip: token.lastUsedIp ?? "",
              })
            : t("card.never")}
        </Detail>
        {usage && (
          // Two columns wide: the sparkline and its totals in words read without truncation.
          <div className="min-w-0 sm:col-span-2">
            <dt className="text-xs text-gray-500">{t("usage.trend")}</dt>
            <dd className="text-sm text-gray-900">
              <UsageTrend trend={usage.trend} />
            </dd>
          </div>
        )}
      </dl>
      {usage?.unused && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-600/30 ring-inset">
          {t("usage.unused")}
        </p>
      )}
    </article>
  );
}
