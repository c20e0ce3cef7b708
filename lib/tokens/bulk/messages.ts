import { BULK_LIMIT } from "./limit";

// What a bulk command answers when it acts on nothing; translated through the
// serverMessages catalog ("bulk.*", with {bulkLimit}).
export const BULK_MESSAGES = {
  nothingSelected: "Select at least one token.",
  tooMany: `Select at most ${BULK_LIMIT} tokens at a time.`,
  tooManyMatching: `More than ${BULK_LIMIT} tokens match these filters. Narrow the filters and try again.`,
} as const;
