import { createLoader, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { CREATED_FILTERS, STATUS_FILTERS, type CreatedFilter, type StatusFilter } from "./status";

// The API page's filters live in the URL (shareable, survive reload). The same parsers
// read them on the server and write them in the browser.

export { CREATED_FILTERS, STATUS_FILTERS, type CreatedFilter, type StatusFilter };

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  any: "Any",
  enabled: "Enabled",
  disabled: "Disabled",
  expiring_soon: "Expiring soon",
  expired: "Expired",
  revoked: "Revoked",
};

export const CREATED_FILTER_LABELS: Record<CreatedFilter, string> = {
  any: "Any time",
  last_7_days: "Last 7 days",
  last_30_days: "Last 30 days",
  older_than_30_days: "More than 30 days",
};

export const tokenListParsers = {
  q: parseAsString.withDefault(""),
  created: parseAsStringLiteral(CREATED_FILTERS).withDefault("any"),
  status: parseAsStringLiteral(STATUS_FILTERS).withDefault("any"),
  page: parseAsInteger.withDefault(1),
};

export const loadTokenListFilters = createLoader(tokenListParsers);

export type TokenListFilters = {
  q: string;
  created: CreatedFilter;
  status: StatusFilter;
  page: number;
};
