import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { fail, ok, type ActionState } from "@/lib/commands/result";
import { db } from "@/lib/db/client";
import { nameSearchWhere } from "../name-search/name-search-where";
import { tokenListWhere } from "../queries/filter-where";
import type { BulkFilters, BulkSelection } from "./bulk.schema";
import { BULK_LIMIT } from "./limit";
import { BULK_MESSAGES } from "./messages";
import type { BulkCandidate } from "./skip-reason";

// A requested token as found in the actor's account now; `state` is null when the account
// has no such token (another account's id reads exactly like a deleted one).
export type BulkTarget = { id: string; name: string | null; state: BulkCandidate | null };

const CANDIDATE = { id: true, name: true, revokedAt: true, disabledAt: true } as const;

// The tokens a bulk request names, always looked up again within the actor's account: the
// ticked ids are only a request, and a filter selection is the list's own query.
export async function selectBulkTargets(
  actor: Actor,
  selection: BulkSelection,
  now = new Date(),
): Promise<ActionState<BulkTarget[]>> {
  if ("ids" in selection) {
    const rows = await db().apiToken.findMany({
      where: { id: { in: selection.ids }, accountId: actor.accountId },
      select: CANDIDATE,
    });
    const found = new Map(rows.map((row) => [row.id, row]));
    return ok(
      selection.ids.map((id) => {
        const row = found.get(id);
        return row ? { id, name: row.name, state: row } : { id, name: null, state: null };
      }),
    );
  }
  const rows = await db().apiToken.findMany({
    where: await filterWhere(actor.accountId, selection.filters, now),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: BULK_LIMIT + 1,
    select: CANDIDATE,
  });
  if (rows.length > BULK_LIMIT) return fail(BULK_MESSAGES.tooManyMatching);
  return ok(rows.map((row) => ({ id: row.id, name: row.name, state: row })));
}

// How many tokens match the filters, and the first names, for the confirmation dialog.
export async function previewFilterSelection(
  accountId: string,
  filters: BulkFilters,
  shown: number,
  now = new Date(),
): Promise<{ total: number; names: string[] }> {
  const where = await filterWhere(accountId, filters, now);
  const [total, rows] = await Promise.all([
    db().apiToken.count({ where }),
    db().apiToken.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: shown,
      select: { name: true },
    }),
  ]);
  return { total, names: rows.map((row) => row.name) };
}

async function filterWhere(accountId: string, filters: BulkFilters, now: Date) {
  return tokenListWhere(accountId, filters, await nameSearchWhere(accountId, filters.q), now);
}
