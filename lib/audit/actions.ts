// The events the audit log knows: token lifecycle, the account's API switch, membership,
// a user's own password and sessions (recorded in the account they were working in), and
// Keyward's own seal over history written before the audit key. Stored as these strings.
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
  "member.password_set",
  "user.password_changed",
  "user.sessions_ended",
  "audit.chain_sealed",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  "token.created": "Token created",
  "token.updated": "Token edited",
  "token.duplicated": "Token duplicated",
  "token.reset": "Token reset",
  "token.version_updated": "API version updated",
  "token.disabled": "Token disabled",
  "token.enabled": "Token enabled",
  "token.revoked": "Token revoked",
  "token.deleted": "Token deleted",
  "account.api_access_enabled": "API access turned on",
  "account.api_access_disabled": "API access turned off",
  "member.added": "Member added",
  "member.role_changed": "Member role changed",
  "member.deactivated": "Member deactivated",
  "member.reactivated": "Member reactivated",
  "member.password_set": "Initial password set",
  "user.password_changed": "Own password changed",
  "user.sessions_ended": "Signed out everywhere",
  "audit.chain_sealed": "Audit log sealed with its key",
};
