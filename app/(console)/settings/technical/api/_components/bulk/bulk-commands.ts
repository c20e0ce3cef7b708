import type { BulkAction } from "@/lib/tokens/bulk/bulk.schema";
import { bulkDeleteAction, bulkDisableAction, bulkEnableAction, bulkRevokeAction } from "../../bulk-actions";

// One server action per bulk command, by the action the toolbar offers.
export const BULK_SERVER_ACTIONS: Record<BulkAction, typeof bulkRevokeAction> = {
  disable: bulkDisableAction,
  enable: bulkEnableAction,
  revoke: bulkRevokeAction,
  delete: bulkDeleteAction,
};
