import type { AuditAction } from "@/lib/audit/actions";
import type { Role } from "@/lib/auth/roles";
import type { ExpirationChoice } from "@/lib/tokens/expiry-rule";
import type { GracePeriod } from "@/lib/tokens/grace-period";
import type { TokenScope } from "@/lib/tokens/scope";
import type { CreatedFilter, StatusFilter, TokenStatus } from "@/lib/tokens/status";
import type { UsageOutcome } from "@/lib/usage/outcomes";

// The words for the console's enums, each keyed by the value it names and written once:
// the screens, the audit log's change list and the CSV export all read them from here, so
// a translation (one catalog per language) replaces this module and nothing else.

export const SCOPE_LABELS: Record<TokenScope, string> = {
  read: "Read only",
  read_write: "Read & write",
};

// What each scope lets a token do, said next to the choice in the token forms.
export const SCOPE_DESCRIPTIONS: Record<TokenScope, string> = {
  read: "Can read data in the API sections checked below; cannot add, change or delete records.",
  read_write: "Can read, add, change and delete records in the API sections checked below.",
};

// "Expiring soon" is not a status of its own: it is an enabled token close to its expiry.
export const TOKEN_STATUS_LABELS: Record<TokenStatus | "expiring_soon", string> = {
  enabled: "Enabled",
  disabled: "Disabled",
  expiring_soon: "Expiring soon",
  expired: "Expired",
  revoked: "Revoked",
};

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = { any: "Any", ...TOKEN_STATUS_LABELS };

export const CREATED_FILTER_LABELS: Record<CreatedFilter, string> = {
  any: "Any time",
  last_7_days: "Last 7 days",
  last_30_days: "Last 30 days",
  older_than_30_days: "More than 30 days",
};

export const ROLE_LABELS: Record<Role, string> = {
  administrator: "Account administrator",
  implementation_specialist: "Implementation specialist",
  support_staff: "Support staff",
  member: "Member",
};

export const GRACE_PERIOD_LABELS: Record<GracePeriod, string> = {
  none: "No grace period: the old secret stops working now",
  "1h": "1 hour",
  "24h": "24 hours",
  "7d": "7 days",
};

export const EXPIRATION_CHOICE_LABELS: Record<ExpirationChoice, string> = {
  "7d": "7 days",
  "30d": "30 days",
  "60d": "60 days",
  "90d": "90 days",
  "1y": "1 year",
  custom: "Custom date",
  never: "No expiration",
};

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
  "token.bulk_disabled": "Tokens disabled in bulk",
  "token.bulk_enabled": "Tokens enabled in bulk",
  "token.bulk_revoked": "Tokens revoked in bulk",
  "token.bulk_deleted": "Tokens deleted in bulk",
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

// The fields an audit event's "Change" names. A field missing here still reads: its name,
// split into words.
export const AUDIT_FIELD_LABELS: Record<string, string> = {
  name: "Name",
  description: "Description",
  scope: "Scope",
  sections: "API sections",
  expiresAt: "Expires",
  allowedIpRanges: "Allowed IP ranges",
  technicalContact: "Technical contact",
  apiVersion: "API version",
  disabledAt: "Disabled",
  revokedAt: "Revoked",
  hint: "Token hint",
  oldSecretValidUntil: "Old secret valid until",
  duplicatedFrom: "Duplicated from",
  apiAccessEnabled: "API access",
  role: "Role",
  deactivatedAt: "Deactivated",
  isTechnical: "Technical user",
  technicalUser: "Technical user",
  owner: "Owner",
  status: "Status",
};

export const AUDIT_TARGET_TYPE_LABELS: Record<string, string> = {
  token: "Token",
  account: "Account",
  user: "User",
};

// A membership's status as member events record it.
export const MEMBER_STATUS_LABELS: Record<"active" | "deactivated", string> = {
  active: "Active",
  deactivated: "Deactivated",
};

// How values without words of their own read in an audit event's change: a person is their
// name and email; a catalogue entry or a person the log can no longer name says so rather
// than showing an internal id.
export const AUDIT_VALUE_WORDS = {
  person: (name: string, email: string) => `${name} (${email})`,
  unknownPerson: "A user no longer in this account",
  unknownSection: "A section no longer offered",
} as const;

// How a changed yes/no field reads; the API access switch reads as the switch does.
export const AUDIT_BOOLEAN_LABELS = { on: "On", off: "Off", yes: "Yes", no: "No" } as const;

// A stored value's words, or undefined when it has none (a value written by a newer
// version, or one this catalog does not cover), so callers decide how such a value reads.
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string | undefined {
  return Object.hasOwn(labels, value) ? labels[value] : undefined;
}

// How a verification of a token ended (lib/usage/outcomes.ts): the usage chart's table.
export const USAGE_OUTCOME_LABELS: Record<UsageOutcome, string> = {
  ok: "Successful",
  expired: "Expired",
  disabled: "Disabled",
  revoked: "Revoked",
  ip_not_allowed: "IP address not allowed",
  api_access_off: "API access off",
  owner_inactive: "Owner deactivated",
  insufficient_scope: "Insufficient scope",
};
