import { CHAIN_KEYED, eventHash, type ChainedFields } from "./chain";

export type ChainedEventData = ChainedFields & {
  prevHash: string | null;
  hash: string;
  chainVersion: typeof CHAIN_KEYED;
};

// The columns of the event that follows `previous` in its account's chain, keyed with
// `key` (the audit key), for bulk loaders (benchmark and test data) that insert many events
// without a transaction each.
export function nextChainedEvent(
  key: string,
  previous: { seq: number; hash: string } | null,
  fields: Omit<ChainedFields, "seq">,
): ChainedEventData {
  const chained = { ...fields, seq: (previous?.seq ?? 0) + 1 };
  const prevHash = previous?.hash ?? null;
  return { ...chained, prevHash, hash: eventHash(key, prevHash, chained), chainVersion: CHAIN_KEYED };
}
