// Every user-facing string of the API screen, in one place (ready for translation). The
// words for scopes, statuses, expirations and grace periods are shared with the audit log:
// they live in lib/messages/labels.ts.
export const API_PAGE = {
  title: "API",
  auditLog: "Audit log",
  intro: "Access tokens let your integrations call the API without a username and password.",
  accessSwitch: "API access",
  accessOnHint: "Tokens of this account can call the API.",
  accessOffHint: "API access is off: every token of this account fails verification until it is turned on.",
  accessEnabledToast: "API access turned on",
  accessDisabledToast: "API access turned off",
  accessFailed: "API access could not be changed.",
  create: "Create access token",
  tokensHeading: "Access tokens",
  readOnlyNotice:
    "You can see tokens and their status. Only administrators and implementation specialists can change them.",
  emptyTitle: "No access tokens yet",
  emptyBody:
    "Select “Create access token” to add one. A token per integration lets you rotate or revoke one without touching the others.",
  emptyReadOnlyBody: "When an administrator creates a token, it will be listed here.",
  noMatchesTitle: "No tokens match these filters",
  noMatchesBody: "Try another name or status, or clear the filters.",
  filters: {
    search: "Search by name",
    created: "Created",
    status: "Status",
    clearAll: "Clear all",
  },
  filterLabel: "Filter tokens",
  pagination: {
    label: "Pagination",
    summary: (first: number, last: number, total: number, page: number, pages: number) =>
      `${first}–${last} of ${total} tokens · page ${page} of ${pages}`,
    previous: "Previous page",
    next: "Next page",
  },
} as const;

export const CARD = {
  moreActions: (name: string) => `More actions for ${name}`,
  hintTitle: "Token hint: prefix and last 4 characters",
  noSections: "no sections",
  createdBy: (day: string, name: string) => `${day} by ${name}`,
  lastUsedFrom: (when: string, ip: string) => `${when} from ${ip}`,
  toggleFailed: "The token could not be changed.",
  scope: "Scope",
  sections: "API sections",
  version: "API version",
  owner: "Owner",
  created: "Created",
  expires: "Expires",
  lastUsed: "Last used",
  never: "Never",
  noExpiration: "No expiration",
  technicalUser: "technical user",
  revokedOn: "Revoked",
} as const;

export const MENU = {
  edit: "Edit",
  duplicate: "Duplicate",
  reset: "Reset",
  updateVersion: "Update version",
  disable: "Disable",
  enable: "Enable",
  revoke: "Revoke",
  delete: "Delete",
  history: "History",
} as const;

export const FORM = {
  createTitle: "Create access token",
  createDescription: "The token is shown once, right after you create it.",
  editTitle: (name: string) => `Edit ${name}`,
  duplicateTitle: (name: string) => `Duplicate ${name}`,
  duplicateDescription:
    "The copy gets the same scope, sections, version, owner, expiry and IP ranges, and a new secret.",
  duplicateDescriptionNewExpiry:
    "The copy gets the same scope, sections, version, owner and IP ranges, and a new secret. Choose when it expires: the original's expiry is longer than you may set.",
  duplicateName: (name: string) => `${name} (copy)`,
  keepExpiry: "Keep current expiry",
  keepOriginalExpiry: (expiry: string) => `Same as the original (${expiry})`,
  neverExpires: "never expires",
  expiryLimitHint: (days: number) => `Tokens you create can last at most ${days} days.`,
  technicalOwner: (name: string) => `${name} (technical user)`,
  name: "Name",
  description: "Description",
  descriptionHint: "What integration and device this token serves.",
  scope: "Scope",
  sections: "API sections",
  checkAll: "Check all",
  version: "API version",
  expiration: "Expiration",
  customDate: "Expiration date",
  noExpirationWarning:
    "A token without expiration stays valid until someone revokes it. Prefer an expiry and rotate.",
  owner: "Owner",
  ownerSelf: (name: string) => `${name} (you)`,
  allowedIps: "Allowed IP ranges",
  allowedIpsHint:
    "Optional. CIDR ranges separated by commas or new lines, e.g. 203.0.113.0/24. Empty allows any address.",
  contact: "Technical contact",
  contactHint: "Optional. Email of the person responsible for the integration.",
  createSubmit: "Create token",
  saveSubmit: "Save changes",
  duplicateSubmit: "Create copy",
} as const;

export const SECRET = {
  title: "Copy your new token",
  warning:
    "This is the only time the token is shown. Store it in your integration’s secret store now: Keyward keeps only a hash and cannot show it again.",
  label: "Access token",
  copy: "Copy to clipboard",
  copied: "Token copied to clipboard",
  copyFailed: "Copying failed. Select the token and copy it by hand.",
  show: "Show token",
  hide: "Hide token",
  done: "Done",
} as const;

export const RESET = {
  title: (name: string) => `Reset ${name}?`,
  body: "A new secret is issued. Integrations using the old secret must be updated.",
  grace: "Keep the old secret valid for",
  confirm: "Reset token",
} as const;

export const REVOKE = {
  title: (name: string) => `Revoke ${name}?`,
  body: "Revoking is permanent. The token stays listed with its revocation date and can never be used or restored.",
  confirm: "Revoke token",
} as const;

export const DELETE = {
  title: (name: string) => `Delete ${name}?`,
  body: "The token stops working and disappears from this list. Its history stays in the audit log.",
  confirm: "Delete token",
} as const;

export const VERSION = {
  title: (name: string) => `Update version of ${name}`,
  label: "API version",
  submit: "Update version",
} as const;

export const SAFETY = {
  title: "Keep your tokens safe",
  tips: [
    "Rotate tokens regularly with Reset; a grace period lets integrations switch without downtime.",
    "Give each token only the API sections and scope its integration needs, and limit it to known IP ranges.",
    "Revoke tokens you no longer use, and never paste a token into a URL, a chat or a ticket.",
  ],
} as const;

export const TOAST = {
  created: "Token created",
  updated: "Token updated",
  duplicated: "Token duplicated",
  reset: "Token reset",
  versionUpdated: "API version updated",
  disabled: "Token disabled",
  enabled: "Token enabled",
  revoked: "Token revoked",
  deleted: "Token deleted",
} as const;

// The cards' usage line (lib/usage).
export const CARD_USAGE = {
  trend: "Last 7 days",
  trendSummary: (successes: number, refusals: number) =>
    `${successes.toLocaleString("en-GB")} successful, ${refusals.toLocaleString("en-GB")} refused`,
  trendChartLabel: (successes: number, refusals: number) =>
    `Verifications over the last 7 days: ${successes} successful, ${refusals} refused`,
  unused: "Unused for 90 days — consider revoking it",
} as const;
