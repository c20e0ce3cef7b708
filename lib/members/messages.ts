import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";

// What the members commands answer; the Members page shows these next to the fields or in
// the dialog.
export const MEMBER_MESSAGES = {
  nameRequired: "Enter a name",
  nameTooLong: "Name must be 100 characters or fewer",
  nameControlCharacters:
    "Name cannot contain line breaks, control characters or invisible characters such as zero-width spaces or text-direction marks",
  emailRequired: "Enter an email address",
  emailTooLong: "Email addresses are at most 254 characters",
  emailInvalid: "Enter a valid email address, like name@example.com",
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
  added: "Member added",
  addedExisting:
    "Member added. This email already had a Keyward sign-in: they keep their own name and password, and the password you entered was not used.",
} as const;
