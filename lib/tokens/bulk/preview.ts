import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/roles";
import { fail, ok, refused, type ActionState } from "@/lib/commands/result";
import { bulkFiltersSchema } from "./bulk.schema";
import { PREVIEW_NAMES_SHOWN } from "./limit";
import { BULK_MESSAGES } from "./messages";
import { previewFilterSelection } from "./select-tokens";

export type BulkPreview = { total: number; names: string[] };

// A read for the confirmation of "all tokens matching the filters": how many, and the first
// names. Only those who may act in bulk may ask.
export async function previewBulkSelection(
  actor: Actor,
  rawFilters: unknown,
): Promise<ActionState<BulkPreview>> {
  if (!can(actor.role, "tokens.manage")) return refused();
  const filters = bulkFiltersSchema.safeParse(rawFilters);
  if (!filters.success) return fail(BULK_MESSAGES.nothingSelected);
  return ok(await previewFilterSelection(actor.accountId, filters.data, PREVIEW_NAMES_SHOWN));
}
