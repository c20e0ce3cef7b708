// The most tokens one bulk request acts on: each is its own transaction, so a request stays
// within a few seconds; past it the person narrows the filters.
export const BULK_LIMIT = 500;

// How many names a bulk confirmation lists before "and K more".
export const PREVIEW_NAMES_SHOWN = 10;
