import { z } from "zod";
import { CREATED_FILTERS, STATUS_FILTERS } from "../status";
import { SEARCH_KEY_MAX_LENGTH } from "../name-search/search-key";
import { BULK_LIMIT } from "./limit";
import { BULK_MESSAGES } from "./messages";

export const BULK_ACTIONS = ["disable", "enable", "revoke", "delete"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

const MAX_ID_LENGTH = 64;

// The API page's filters, as the list reads them from the URL (lib/tokens/list-filters.ts).
export const bulkFiltersSchema = z.object({
  q: z
    .string()
    .max(SEARCH_KEY_MAX_LENGTH * 4)
    .default(""),
  created: z.enum(CREATED_FILTERS).default("any"),
  status: z.enum(STATUS_FILTERS).default("any"),
});
export type BulkFilters = z.infer<typeof bulkFiltersSchema>;

export type BulkSelection = { ids: string[] } | { filters: BulkFilters };

// Either the cards a person ticked (ids the server checks one by one, within the account)
// or every token matching the list's filters, found again on the server. Its refusals are
// about the selection as a whole, so they are not tied to a field.
export const bulkSelectionSchema = z
  .object(
    {
      ids: z.array(z.string().min(1).max(MAX_ID_LENGTH)).optional(),
      filters: bulkFiltersSchema.optional(),
    },
    { error: BULK_MESSAGES.nothingSelected },
  )
  .transform((selection, ctx): BulkSelection => {
    const ids = selection.ids === undefined ? undefined : [...new Set(selection.ids)];
    if (ids !== undefined && ids.length > BULK_LIMIT) {
      ctx.addIssue({ code: "custom", message: BULK_MESSAGES.tooMany });
      return z.NEVER;
    }
    if (ids !== undefined && ids.length > 0 && selection.filters === undefined) return { ids };
    if (ids === undefined && selection.filters !== undefined) return { filters: selection.filters };
    ctx.addIssue({ code: "custom", message: BULK_MESSAGES.nothingSelected });
    return z.NEVER;
  });
