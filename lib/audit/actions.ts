// The events the audit log knows: token lifecycle and expiry notices, the account's API
// switch, membership, a user's own password and sessions (recorded in the account they were
// working in), webhook endpoints, and Keyward's own seal over history written before the
// audit key. Stored as these strings.
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
  "token.notice_sent",
  "token.bulk_disabled",
  "token.bulk_enabled",
  "token.bulk_revoked",
  "token.bulk_deleted",
  "account.api_access_enabled",
  "account.api_access_disabled",
  "member.added",
  "member.role_changed",
  "member.deactivated",
  "member.reactivated",
  "member.password_set",
  "user.password_changed",
  "user.sessions_ended",
  "audit.chain_sealed",
  "webhook.endpoint_auto_disabled",
  "webhook.endpoint_admins_told",
  "webhook.endpoint_created",
  "webhook.endpoint_updated",
  "webhook.endpoint_enabled",
  "webhook.endpoint_disabled",
  "webhook.endpoint_deleted",
  "webhook.endpoint_secret_rotated",
  "webhook.endpoint_test_sent",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
