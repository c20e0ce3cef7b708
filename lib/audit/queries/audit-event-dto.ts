import type { ChangeLine } from "../changes";
import type { ActorKind } from "../display";

// One row of the audit log as the page shows it: snapshots only, so it reads the same
// after the token or the user is gone.
export type AuditEventDto = {
  id: number;
  occurredAt: string;
  actor: { label: string; kind: ActorKind };
  action: string;
  actionLabel: string;
  target: { type: string; typeLabel: string; id: string | null; label: string | null; hint: string | null };
  ipAddress: string | null;
  userAgent: string | null;
  changes: ChangeLine[];
};

export type AuditLogPage = {
  events: AuditEventDto[];
  total: number;
  page: number;
  pageSize: number;
  // The token the log is narrowed to (its latest name and hint), for "History of …".
  historyOf: { id: string; label: string | null; hint: string | null } | null;
};
