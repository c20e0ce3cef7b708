import { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH } from "./form-text";

// What every form says about a name or an email address, whichever screen it is on.
export const NAME_MESSAGES = {
  required: "Enter a name",
  tooLong: `Name must be ${MAX_NAME_LENGTH} characters or fewer`,
  unsafeCharacters:
    "Name cannot contain line breaks, control characters or invisible characters such as zero-width spaces or text-direction marks",
} as const;

export const EMAIL_MESSAGES = {
  invalid: "Enter a valid email address, like name@example.com",
  tooLong: `Email addresses are at most ${MAX_EMAIL_LENGTH} characters`,
} as const;
