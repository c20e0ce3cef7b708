import type { ReactNode } from "react";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { TokenDetailsDto } from "@/lib/tokens/dto";
import { tokenPageHref } from "@/lib/tokens/list-return";
import { TokenHint } from "../../../_components/token-hint";
import { TokenStatusBadge } from "../../../_components/token-status-badge";
import { personText, statusReasons } from "./status-reason";

// Every field in full: nothing truncated, lists one item a line, long values wrap.
function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-xs font-medium text-gray-600">{label}</dt>
      <dd className="mt-0.5 text-sm [overflow-wrap:anywhere] text-gray-900">{children}</dd>
    </div>
  );
}

function Items({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <span className="text-gray-600">{empty}</span>;
  return (
    <ul className="space-y-0.5">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function TokenDetails({ token }: { token: TokenDetailsDto }) {
  const t = useTranslations("tokenPage");
  const locale = useLocale();
  const date = (iso: string) => formatDateTime(iso, locale, { withZone: true });
  const person = (p: Parameters<typeof personText>[1]) => personText(t, p);
  const whenBy = (iso: string, by: Parameters<typeof personText>[1]) => {
    const who = person(by);
    return who ? t("whenBy", { date: date(iso), person: who }) : date(iso);
  };
  return (
    <section
      aria-labelledby="token-details-heading"
      className="rounded-lg border border-gray-200 bg-white p-5"
    >
      <h2 id="token-details-heading" className="font-semibold text-gray-900">
        {t("detailsHeading")}
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2">
        <Field label={t("fields.status")} wide>
          <TokenStatusBadge status={token.status} expiringSoon={token.expiringSoon} />
          {statusReasons(token, t, locale).map((reason) => (
            <span key={reason} className="mt-1 block">
              {reason}
            </span>
          ))}
        </Field>
        <Field label={t("fields.description")} wide>
          {token.description ? (
            <span className="whitespace-pre-line">{token.description}</span>
          ) : (
            <span className="text-gray-600">{t("noDescription")}</span>
          )}
        </Field>
        <Field label={t("fields.hint")}>
          <TokenHint hint={token.hint} />
        </Field>
        <Field label={t("fields.scope")}>{t(`scopes.${token.scope}`)}</Field>
        <Field label={t("fields.sections")}>
          <Items items={token.sectionLabels} empty={t("noSections")} />
        </Field>
        <Field label={t("fields.version")}>{token.apiVersionName}</Field>
        <Field label={t("fields.owner")}>
          {person(token.owner)}
          {token.owner.isTechnical && <span className="text-gray-600"> {t("technicalUser")}</span>}
          {!token.owner.active && <span className="text-gray-600"> {t("ownerDeactivated")}</span>}
        </Field>
        <Field label={t("fields.contact")}>
          {token.technicalContact ?? <span className="text-gray-600">{t("none")}</span>}
        </Field>
        <Field label={t("fields.ipRanges")}>
          <Items items={token.allowedIpRanges} empty={t("anyAddress")} />
        </Field>
        <Field label={t("fields.created")}>{whenBy(token.createdAt, token.createdBy)}</Field>
        <Field label={t("fields.expires")}>
          {token.expiresAt ? date(token.expiresAt) : t("noExpiration")}
        </Field>
        {token.disabledAt && (
          <Field label={t("fields.disabled")}>{whenBy(token.disabledAt, token.disabledBy)}</Field>
        )}
        {token.revokedAt && (
          <Field label={t("fields.revoked")}>{whenBy(token.revokedAt, token.revokedBy)}</Field>
        )}
        {token.rotatedAt && <Field label={t("fields.lastReset")}>{date(token.rotatedAt)}</Field>}
        {token.duplicatedFrom && (
          <Field label={t("fields.duplicatedFrom")}>
            <Link href={tokenPageHref(token.duplicatedFrom.id)} className="text-brand-700 underline">
              {token.duplicatedFrom.name}
            </Link>
          </Field>
        )}
        <Field label={t("fields.lastUsed")}>
          {token.lastUsedAt
            ? token.lastUsedIp
              ? t("lastUsedFrom", { date: date(token.lastUsedAt), address: token.lastUsedIp })
              : date(token.lastUsedAt)
            : t("never")}
        </Field>
      </dl>
    </section>
  );
}
