import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { EMAIL_MESSAGES, NAME_MESSAGES } from "@/lib/validation/messages";

// What the members commands answer; the Members page shows these next to the fields or in
// the dialog.
export const MEMBER_MESSAGES = {
  nameRequired: NAME_MESSAGES.required,
  nameTooLong: NAME_MESSAGES.tooLong,
  nameControlCharacters: NAME_MESSAGES.unsafeCharacters,
  emailRequired: "Enter an email address",
  emailTooLong: EMAIL_MESSAGES.tooLong,
  emailInvalid: EMAIL_MESSAGES.invalid,
  emailTaken:
    "This email already belongs to a member of this account. If they are deactivated, reactivate them instead.",
  roleRequired: "Choose one of the listed roles",
  passwordRequired: `Enter an initial password of at least ${PASSWORD_MIN_LENGTH} characters`,
  passwordTooShort: `Passwords must be at least ${PASSWORD_MIN_LENGTH} characters`,
  passwordTooLong: `Passwords are at most ${PASSWORD_MAX_LENGTH} characters`,
  passwordForTechnical: "Technical users have no password: they cannot sign in",
  notFound: "That member is not part of this account.",
  lastAdministrator:
    "An account needs at least one active administrator who can sign in. Make someone else an administrator first.",
  passwordSetTechnical: "Technical users have no password: they cannot sign in",
  passwordSetSelf: "To change your own password, use Change password in the user menu.",
  passwordSetElsewhere:
    "This person also signs in to another account, so only they can change their password.",
  passwordSet: "Initial password set. They must change it when they next sign in.",
  added: "Member added",
  addedExisting:
    "Member added. This email already had a Keyward sign-in: they keep their own name and password, and the password you entered was not used.",
} as const;
