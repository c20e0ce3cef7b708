import type { TokenCardDto } from "../dto";

// What the bulk toolbar needs of a card on the page: its name for the confirmation, and
// its state to offer only the actions that make sense.
export type BulkToken = { id: string; name: string; revoked: boolean; disabled: boolean };

export function toBulkTokens(tokens: TokenCardDto[]): BulkToken[] {
  return tokens.map(({ id, name, status, disabled }) => ({
    id,
    name,
    revoked: status === "revoked",
    disabled,
  }));
}
