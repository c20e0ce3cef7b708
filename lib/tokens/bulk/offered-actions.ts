import type { StatusFilter } from "../status";
import { BULK_ACTIONS, type BulkAction } from "./bulk.schema";

type Selected = { revoked: boolean; disabled: boolean };

// The toolbar's actions for ticked cards: only those that would change at least one of
// them (a revoked token is frozen; any token can be deleted).
export function actionsForTokens(tokens: Selected[]): BulkAction[] {
  const live = tokens.filter((token) => !token.revoked);
  return BULK_ACTIONS.filter((action) => {
    switch (action) {
      case "disable":
        return live.some((token) => !token.disabled);
      case "enable":
        return live.some((token) => token.disabled);
      case "revoke":
        return live.length > 0;
      case "delete":
        return tokens.length > 0;
    }
  });
}

// The same for "every token matching the filters", known by the status filter alone.
export function actionsForStatusFilter(status: StatusFilter): BulkAction[] {
  switch (status) {
    case "revoked":
      return ["delete"];
    case "disabled":
      return ["enable", "revoke", "delete"];
    case "enabled":
    case "expiring_soon":
      return ["disable", "revoke", "delete"];
    case "expired":
    case "any":
      return [...BULK_ACTIONS];
  }
}
