// Every user-facing string of the API screen, in one place (ready for translation). The
// words for scopes, statuses, expirations and grace periods are shared with the audit log:
// they live in lib/messages/labels.ts.
export const API_PAGE = {
  title: "API",
  auditLog: "Audit log",
  usingTheApi: "Using the API",
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
  scopeOwnerRule:
    "A token never exceeds its owner’s rights: if the owner’s role allows less, the token allows less too, and it stops working if the owner is deactivated.",
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

export const HINT = {
  tokenEnd:
    "Token hint: your token starts with these characters and ends with the 4 after “…”. Compare them with the token your integration holds; the rest stays secret.",
  beforeChecksum:
    "Older hint, from before hints showed the token’s end: the 4 characters after “…” come just before the last 6 characters of your token. Reset the token to get a hint that matches its end.",
  olderMark: "(older hint)",
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

// The tips of the "Keep your tokens safe" panel (each title) and of its full page
// (/settings/technical/api/safety, each title with its details).
export const SAFETY = {
  title: "Keep your tokens safe",
  allTips: "All tips for keeping tokens safe",
  pageIntro:
    "Whoever holds an access token can call your API with it. These habits keep that to the integrations you chose.",
  backToApi: "API",
  tips: [
    {
      id: "share-and-store",
      title: "Share and store tokens securely.",
      details: [
        "Hand a token over through a password manager or your deployment’s secret store, never by email, chat, a ticket or a URL: those keep copies you cannot delete.",
        "Keyward shows a secret once, when the token is created or reset, and keeps only a keyed hash of it: nobody, not even an administrator, can read it back later.",
        "Keyward accepts tokens only in the Authorization header, never in a URL, so they stay out of server logs and browser history. Configure your integrations the same way.",
      ],
    },
    {
      id: "encrypt",
      title: "Encrypt tokens at rest and in transit.",
      details: [
        "Keep tokens in an encrypted secret store (a vault, your cloud’s secrets manager, encrypted configuration), not in source code or plain configuration files.",
        "Call your API and Keyward over HTTPS only, so a token never crosses a network in clear text.",
        "Tokens start with kw_ and end with a checksum, so secret scanners can spot one committed by mistake.",
      ],
    },
    {
      id: "rotate",
      title: "Rotate tokens regularly.",
      details: [
        "Give every token an expiry, and reset it on a schedule.",
        "Reset can keep the old secret valid for 1 hour, 24 hours or 7 days while the integration switches to the new one, so rotating needs no downtime.",
      ],
    },
    {
      id: "limit-scopes",
      title: "Limit each token’s scope.",
      details: [
        "Check only the API sections the integration calls, and choose Read only unless it must add, change or delete records.",
        "Add allowed IP ranges when the integration calls from known addresses: the token is refused from anywhere else.",
        "A token never exceeds its owner’s rights. A technical user as owner keeps a token independent of a colleague’s role.",
      ],
    },
    {
      id: "reset",
      title: "Reset a token when you re-enable it or suspect it leaked.",
      details: [
        "A leaked secret works until it is replaced: Reset issues a new one, and without a grace period the old one stops at once.",
        "Enabling a disabled token brings its old secret back to life. Reset it then, unless you know where every copy of that secret is.",
      ],
    },
    {
      id: "disable-or-delete",
      title: "Disable or delete tokens you no longer need.",
      details: [
        "Disable a token to pause it, revoke it to end it for good while keeping it listed, or delete it to remove it from the list. Its history stays in the audit log.",
        "A token that nothing uses any more is only a risk: check when each token was last used.",
      ],
    },
    {
      id: "contacts",
      title: "Keep technical contacts current.",
      details: [
        "A token’s technical contact is the person to call when it must be rotated, when its integration fails, or when it turns up where it should not.",
        "Update the contact when people change roles or leave.",
      ],
    },
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
