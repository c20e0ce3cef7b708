import {
  createLoader,
  parseAsInteger,
  parseAsIsoDate,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import { AUDIT_ACTIONS } from "./actions";

// The audit log's filters, sort and page live in the URL (shareable, survive reload). The
// same parsers read them on the server (page and CSV export) and write them in the browser.

export const AUDIT_SORT_COLUMNS = ["when", "action", "actor"] as const;
export type AuditSortColumn = (typeof AUDIT_SORT_COLUMNS)[number];
export const SORT_DIRECTIONS = ["asc", "desc"] as const;

export const auditLogParsers = {
  // Options come from AUDIT_ACTIONS, so an action added there is filterable at once.
  action: parseAsStringLiteral(AUDIT_ACTIONS),
  actor: parseAsString.withDefault(""),
  // A token's id (its card's "History"), exact; tokenName searches names and hints.
  token: parseAsString.withDefault(""),
  tokenName: parseAsString.withDefault(""),
  // UTC days, both included.
  from: parseAsIsoDate,
  to: parseAsIsoDate,
  sort: parseAsStringLiteral(AUDIT_SORT_COLUMNS).withDefault("when"),
  dir: parseAsStringLiteral(SORT_DIRECTIONS).withDefault("desc"),
  page: parseAsInteger.withDefault(1),
};

export const loadAuditLogFilters = createLoader(auditLogParsers);

export type AuditLogFilters = inferParserType<typeof auditLogParsers>;

export function hasAuditFilters(
  filters: Pick<AuditLogFilters, "action" | "actor" | "token" | "tokenName" | "from" | "to">,
): boolean {
  return Boolean(
    filters.action || filters.actor || filters.token || filters.tokenName || filters.from || filters.to,
  );
}

export const AUDIT_LOG_PATH = "/settings/technical/api/audit";

// The log narrowed to one token: its card's "History" and its page's link to the full log.
export const tokenHistoryHref = (tokenId: string) => `${AUDIT_LOG_PATH}?token=${encodeURIComponent(tokenId)}`;
