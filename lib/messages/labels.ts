import type { AuditAction } from "@/lib/audit/actions";
import type { Role } from "@/lib/auth/roles";
import type { ExpirationChoice } from "@/lib/tokens/expiry-rule";
import type { NoticeKind } from "@/lib/notices/due";
import type { GracePeriod } from "@/lib/tokens/grace-period";
import type { TokenScope } from "@/lib/tokens/scope";
import type { CreatedFilter, StatusFilter, TokenStatus } from "@/lib/tokens/status";
import type { UsageOutcome } from "@/lib/usage/outcomes";
import { en } from "@/messages/en";

// The words for the console's enums, each keyed by the value it names. The screens read them
// from the "labels" catalog in the reader's language (t(`scopes.${scope}`)); these English
// views of the same catalog are for what speaks English whatever the reader (scripts, tests).
const LABELS = en.labels;

export const SCOPE_LABELS: Record<TokenScope, string> = LABELS.scopes;

// What each scope lets a token do, said next to the choice in the token forms.
export const SCOPE_DESCRIPTIONS: Record<TokenScope, string> = LABELS.scopeDescriptions;

// "Expiring soon" is not a status of its own: it is an enabled token close to its expiry.
export const TOKEN_STATUS_LABELS: Record<TokenStatus | "expiring_soon", string> = LABELS.statuses;

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  any: LABELS.anyStatus,
  ...LABELS.statuses,
};

export const CREATED_FILTER_LABELS: Record<CreatedFilter, string> = LABELS.createdFilters;

export const ROLE_LABELS: Record<Role, string> = LABELS.roles;

export const GRACE_PERIOD_LABELS: Record<GracePeriod, string> = LABELS.gracePeriods;

export const EXPIRATION_CHOICE_LABELS: Record<ExpirationChoice, string> = LABELS.expirationChoices;

// The audit log's words below are still English only (the audit log's own catalog replaces them).
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
  "token.notice_sent": "Expiry notice sent",
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
  "webhook.endpoint_auto_disabled": "Webhook endpoint disabled after failing for 24 hours",
  "webhook.endpoint_admins_told": "Administrators emailed about a disabled webhook endpoint",
  "webhook.endpoint_created": "Webhook endpoint added",
  "webhook.endpoint_updated": "Webhook endpoint edited",
  "webhook.endpoint_enabled": "Webhook endpoint enabled",
  "webhook.endpoint_disabled": "Webhook endpoint disabled",
  "webhook.endpoint_deleted": "Webhook endpoint deleted",
  "webhook.endpoint_secret_rotated": "Webhook signing secret rotated",
  "webhook.endpoint_test_sent": "Webhook test event sent",
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
  notice: "Notice",
  recipients: "Sent to",
  url: "URL",
  events: "Events",
};

export const AUDIT_TARGET_TYPE_LABELS: Record<string, string> = {
  token: "Token",
  account: "Account",
  user: "User",
  webhook: "Webhook endpoint",
};

// Which expiry notice an audit event "token.notice_sent" records (lib/notices/due.ts).
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  seven_day: "7 days before expiry",
  same_day: "Day of expiry",
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
