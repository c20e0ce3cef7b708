import type { ReactNode } from "react";
import Link from "next/link";
import { formatDateTime } from "@/lib/messages/format-date";
import { USAGE } from "./usage-messages";
import { SCOPE_LABELS } from "@/lib/messages/labels";
import type { TokenDetailsDto } from "@/lib/tokens/dto";
import { tokenPageHref } from "@/lib/tokens/list-return";
import { TokenHint } from "../../../_components/token-hint";
import { TokenStatusBadge } from "../../../_components/token-status-badge";
import { TOKEN_PAGE } from "./messages";
import { statusReasons } from "./status-reason";

const F = TOKEN_PAGE.fields;

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

const person = (p: { name: string | null; email: string } | null) =>
  p ? TOKEN_PAGE.person(p.name, p.email) : null;

export function TokenDetails({ token }: { token: TokenDetailsDto }) {
  return (
    <section
      aria-labelledby="token-details-heading"
      className="rounded-lg border border-gray-200 bg-white p-5"
    >
      <h2 id="token-details-heading" className="font-semibold text-gray-900">
        {TOKEN_PAGE.detailsHeading}
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-4 sm:grid-cols-2">
        <Field label={F.status} wide>
          <TokenStatusBadge status={token.status} expiringSoon={token.expiringSoon} />
          {statusReasons(token).map((reason) => (
            <span key={reason} className="mt-1 block">
              {reason}
            </span>
          ))}
        </Field>
        <Field label={F.description} wide>
          {token.description ? (
            <span className="whitespace-pre-line">{token.description}</span>
          ) : (
            <span className="text-gray-600">{TOKEN_PAGE.noDescription}</span>
          )}
        </Field>
        <Field label={F.hint}>
          <TokenHint hint={token.hint} />
        </Field>
        <Field label={F.scope}>{SCOPE_LABELS[token.scope]}</Field>
        <Field label={F.sections}>
          <Items items={token.sectionLabels} empty={TOKEN_PAGE.noSections} />
        </Field>
        <Field label={F.version}>{token.apiVersionName}</Field>
        <Field label={F.owner}>
          {person(token.owner)}
          {token.owner.isTechnical && <span className="text-gray-600"> ({TOKEN_PAGE.technicalUser})</span>}
          {!token.owner.active && <span className="text-gray-600"> ({TOKEN_PAGE.ownerDeactivated})</span>}
        </Field>
        <Field label={F.contact}>
          {token.technicalContact ?? <span className="text-gray-600">{TOKEN_PAGE.none}</span>}
        </Field>
        <Field label={F.ipRanges}>
          <Items items={token.allowedIpRanges} empty={TOKEN_PAGE.anyAddress} />
        </Field>
        <Field label={F.created}>
          {TOKEN_PAGE.when(formatDateTime(token.createdAt), person(token.createdBy))}
        </Field>
        <Field label={F.expires}>
          {token.expiresAt ? formatDateTime(token.expiresAt) : TOKEN_PAGE.noExpiration}
        </Field>
        {token.disabledAt && (
          <Field label={F.disabled}>
            {TOKEN_PAGE.when(formatDateTime(token.disabledAt), person(token.disabledBy))}
          </Field>
        )}
        {token.revokedAt && (
          <Field label={F.revoked}>
            {TOKEN_PAGE.when(formatDateTime(token.revokedAt), person(token.revokedBy))}
          </Field>
        )}
        {token.rotatedAt && <Field label={F.lastReset}>{formatDateTime(token.rotatedAt)}</Field>}
        {token.duplicatedFrom && (
          <Field label={F.duplicatedFrom}>
            <Link href={tokenPageHref(token.duplicatedFrom.id)} className="text-brand-700 underline">
              {token.duplicatedFrom.name}
            </Link>
          </Field>
        )}
        <Field label={F.lastUsed}>
          {token.lastUsedAt
            ? token.lastUsedIp
              ? USAGE.lastUsedFrom(formatDateTime(token.lastUsedAt), token.lastUsedIp)
              : formatDateTime(token.lastUsedAt)
            : TOKEN_PAGE.never}
        </Field>
      </dl>
    </section>
  );
}
