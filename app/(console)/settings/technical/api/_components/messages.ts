// The safety tips page (api/safety, converted separately) still reads its English words here;
// the API page's own words are in messages/<locale>/api.json and tokenForm.json. Delete this
// module once that page takes its words from the catalogs.
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
