import type { Prisma } from "@/lib/db/client";
import type { TokenListFilters } from "../list-filters";
import { createdWhere, statusWhere } from "../status";

// Name search matches any part of the name, ignoring case, on SQLite and PostgreSQL alike
// (nameKey is the lower-cased name). The status and created conditions are the pure ones of
// lib/tokens/status.ts, whose unit tests check them row by row against tokenStatus.
export function tokenListWhere(
  accountId: string,
  filters: Pick<TokenListFilters, "q" | "created" | "status">,
  now: Date,
): Prisma.ApiTokenWhereInput {
  const q = filters.q.trim().toLowerCase().slice(0, 100);
  return {
    AND: [
      { accountId },
      q ? { nameKey: { contains: q } } : {},
      createdWhere(filters.created, now),
      statusWhere(filters.status, now),
    ],
  };
}
