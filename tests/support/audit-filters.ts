import type { AuditLogFilters } from "@/lib/audit/log-filters";

// The audit log as it opens, with no filter set: the start tests build their queries from.
export const NO_AUDIT_FILTERS: AuditLogFilters = {
  action: null,
  actor: "",
  token: "",
  tokenName: "",
  from: null,
  to: null,
  sort: "when",
  dir: "desc",
  page: 1,
};
