import { z } from "zod";
import { CREATED_FILTERS, STATUS_FILTERS } from "../status";
import { SEARCH_KEY_MAX_LENGTH } from "../name-search/search-key";
import { BULK_LIMIT } from "./limit";
import { BULK_MESSAGES } from "./messages";

export { BULK_LIMIT };

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

// Either the cards a person ticked (ids the server checks one by one, within the account)
// or every token matching the list's filters, found again on the server.
export const bulkSelectionSchema = z.union(
  [
    z.object({
      ids: z
        .array(z.string().min(1).max(MAX_ID_LENGTH), { error: BULK_MESSAGES.nothingSelected })
        .min(1, { error: BULK_MESSAGES.nothingSelected })
        .max(BULK_LIMIT, { error: BULK_MESSAGES.tooMany })
        .transform((ids) => [...new Set(ids)]),
    }),
    z.object({ filters: bulkFiltersSchema }),
  ],
  { error: BULK_MESSAGES.nothingSelected },
);
export type BulkSelection = z.infer<typeof bulkSelectionSchema>;
