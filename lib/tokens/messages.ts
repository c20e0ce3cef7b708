import { NOT_FOUND_MESSAGE } from "@/lib/commands/result";
import { parameterized, withDays } from "@/lib/messages/parameterized";
import { EMAIL_MESSAGES, NAME_MESSAGES } from "@/lib/validation/messages";

// What the token form says when a field is wrong; shared by create, edit and duplicate.
export const TOKEN_FIELD_MESSAGES = {
  nameRequired: NAME_MESSAGES.required,
  nameTooLong: NAME_MESSAGES.tooLong,
  nameControlCharacters: NAME_MESSAGES.unsafeCharacters,
  descriptionTooLong: "Description must be 500 characters or fewer",
  descriptionControlCharacters:
    "Description cannot contain tabs, control characters or invisible characters such as zero-width spaces or text-direction marks (line breaks are fine)",
  scopeRequired: "Choose Read only or Read & write",
  sectionsRequired: "Select at least one API section",
  sectionsInvalid: "Select API sections from the list",
  versionRequired: "Choose an API version",
  versionUnknown: "Choose one of the listed API versions",
  ownerRequired: "Choose an owner",
  ownerUnknown: "Choose yourself or an active technical user of this account",
  noExpirationAdminOnly: "Only account administrators can create tokens that never expire",
  nameTaken: "A token with this name already exists",
  expirationRequired: "Choose when the token expires",
  customDateRequired: "Enter a date as YYYY-MM-DD",
  customDateInPast: "Choose a date in the future",
  customDateTooFar: withDays("Choose a date within {days} days"),
  lifetimeTooLong: withDays("Tokens you create can last at most {days} days: choose a shorter expiration"),
  duplicateNeverExpires: "The original never expires. Choose when the copy expires.",
  duplicateExpiresTooLate: withDays(
    "The original expires more than {days} days from now. Choose when the copy expires.",
  ),
  allowedIpsTooLong: "Enter at most 100 IP addresses or ranges",
  allowedIpsInvalid: parameterized(
    (entries: readonly string[]) =>
      `${entries.length === 1 ? ONE_INVALID : MANY_INVALID}: ${listEntries(entries)}`,
    readInvalidEntries,
  ),
  contactInvalid: EMAIL_MESSAGES.invalid,
  contactTooLong: EMAIL_MESSAGES.tooLong,
  graceRequired: "Choose how long the old secret stays valid",
} as const;

// What a token command says when it cannot act on the token at all.
export const TOKEN_COMMAND_MESSAGES = {
  notFound: NOT_FOUND_MESSAGE,
  revokedIsFinal: "A revoked token cannot be changed.",
} as const;

const ONE_INVALID = "Not a valid IP address or CIDR range";
const MANY_INVALID = "Not valid IP addresses or CIDR ranges";
const SHOWN_ENTRIES = 5;

// Echo what the user typed so they can find it, but never an unbounded amount of it. The
// entries were split on commas and white space, so ", " and " and N more" cannot be in one.
function listEntries(entries: readonly string[]): string {
  const shown = entries
    .slice(0, SHOWN_ENTRIES)
    .map((entry) => (entry.length > 45 ? `${entry.slice(0, 45)}…` : entry));
  const more = entries.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

// The values of allowedIpsInvalid's English text: how many entries are invalid, the ones
// shown, and how many more there are.
function readInvalidEntries(text: string) {
  const match = new RegExp(`^(?:${ONE_INVALID}|${MANY_INVALID}): (.+?)(?: and (\\d+) more)?$`, "s").exec(
    text,
  );
  if (!match?.[1]) return undefined;
  const entries = match[1];
  const more = Number(match[2] ?? 0);
  return { entries, more, count: entries.split(", ").length + more };
}
