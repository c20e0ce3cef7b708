import type { Prisma } from "@/lib/db/client";
import type { TokenListFilters } from "../list-filters";
import { createdWhere, statusWhere } from "../status";

// The name search's condition comes from lib/tokens/name-search (any part of the name,
// ignoring case and accents, through an index). The status and created conditions are the
// pure ones of lib/tokens/status.ts, whose unit tests check them row by row against
// tokenStatus.
export function tokenListWhere(
  accountId: string,
  filters: Pick<TokenListFilters, "created" | "status">,
  nameSearch: Prisma.ApiTokenWhereInput,
  now: Date,
): Prisma.ApiTokenWhereInput {
  return {
    AND: [{ accountId }, nameSearch, createdWhere(filters.created, now), statusWhere(filters.status, now)],
  };
}
