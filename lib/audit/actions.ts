// The events the audit log knows: token lifecycle, the account's API switch, membership. Stored as these strings.
export const AUDIT_ACTIONS = [
  "token.created",
  "token.updated",
  "token.duplicated",
  "token.reset",
  "token.version_updated",
  "token.disabled",
  "token.enabled",
  "token.revoked",
  "token.deleted",
  "account.api_access_enabled",
  "account.api_access_disabled",
  "member.added",
  "member.role_changed",
  "member.deactivated",
  "member.reactivated",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
