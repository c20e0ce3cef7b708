// Every user-facing string of the Members screen, in one place (ready for translation).
// The commands' own messages (field errors, the last-administrator rule) live in
// lib/members/messages.ts.
export const MEMBERS_PAGE = {
  title: "Members",
  intro: (account: string) => `People and technical users of ${account}, with their roles.`,
  add: "Add member",
  tableLabel: "Members",
  columns: { name: "Name", email: "Email", role: "Role", status: "Status", actions: "Actions" },
  you: "You",
  technicalUser: "Technical user",
  active: "Active",
  deactivated: "Deactivated",
  rulesTitle: "How membership works",
  rules: [
    "Administrators manage members; an account always keeps at least one active administrator who can sign in.",
    "Deactivating someone ends their access to this account at once and stops every token they own; reactivating brings those tokens back unless they were revoked or have expired.",
    "Technical users are service identities that own tokens. They have no password and cannot sign in.",
  ],
} as const;

export const MENU = {
  moreActions: (name: string) => `More actions for ${name}`,
  changeRole: "Change role",
  setPassword: "Set initial password",
  deactivate: "Deactivate",
  reactivate: "Reactivate",
} as const;

export const ADD_FORM = {
  title: "Add member",
  description:
    "People sign in with their email and the initial password you set here. Technical users own tokens for integrations and cannot sign in.",
  name: "Name",
  email: "Email",
  role: "Role",
  technical: "Technical user",
  technicalHint: "A service identity that owns access tokens. It has no password and cannot sign in.",
  password: "Initial password",
  passwordHint: "At least 12 characters. Give it to them through a safe channel.",
  submit: "Add member",
} as const;

export const ROLE_FORM = {
  title: (name: string) => `Change role of ${name}`,
  description:
    "The new role applies at once: to what they can do in the console and to every token they own.",
  role: "Role",
  submit: "Change role",
} as const;

export const PASSWORD_FORM = {
  title: (name: string) => `Set initial password for ${name}`,
  description:
    "Every session they have ends now, and they must choose their own password when they next sign in.",
  password: "Initial password",
  passwordHint: "At least 12 characters. Give it to them through a safe channel.",
  submit: "Set initial password",
} as const;

export const DEACTIVATE = {
  title: (name: string) => `Deactivate ${name}?`,
  body: "They can no longer sign in to this account, and every token they own stops working until they are reactivated. Nothing is deleted.",
  confirm: "Deactivate member",
} as const;

export const TOAST = {
  roleChanged: "Role changed",
  passwordSet: "Initial password set",
  deactivated: "Member deactivated",
  reactivated: "Member reactivated",
  reactivateFailed: "The member could not be reactivated.",
} as const;
