import { createLoader, parseAsInteger, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { CREATED_FILTERS, STATUS_FILTERS, type CreatedFilter, type StatusFilter } from "./status";

// The API page's filters live in the URL (shareable, survive reload). The same parsers
// read them on the server and write them in the browser.

export { CREATED_FILTERS, STATUS_FILTERS, type CreatedFilter, type StatusFilter };

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
