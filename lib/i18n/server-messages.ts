import { ACCOUNT_MESSAGES, LANGUAGE_MESSAGES } from "@/lib/auth/commands/messages";
import { NOT_ALLOWED, NOT_SIGNED_IN } from "@/lib/auth/messages";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { SIGN_IN_MESSAGES } from "@/lib/auth/sign-in.messages";
import { CHECK_FIELDS, GENERIC_FAILURE, INVALID_FORM } from "@/lib/commands/result";
import { MEMBER_MESSAGES } from "@/lib/members/messages";
import { BULK_LIMIT } from "@/lib/tokens/bulk/limit";
import { BULK_MESSAGES } from "@/lib/tokens/bulk/messages";
import { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH } from "@/lib/validation/form-text";
import { EMAIL_MESSAGES, NAME_MESSAGES } from "@/lib/validation/messages";

// Commands answer in English constants (lib/**/messages.ts), which scripts, tests and the
// API read as they are. This is the translating layer between them and the catalogs: each
// constant, by the name it has in its module, is a key of the "serverMessages" catalog
// (NOT_SIGNED_IN → session.notSignedIn, MEMBER_MESSAGES.emailTaken → members.emailTaken).
// A text already registered under an earlier name (MEMBER_MESSAGES.nameRequired is
// NAME_MESSAGES.required) keeps that first key. A text not registered here (the API page's
// messages until their screens are converted) reads as it is.
const MODULES: Record<string, Readonly<Record<string, unknown>>> = {
  session: { notSignedIn: NOT_SIGNED_IN, notAllowed: NOT_ALLOWED },
  form: { genericFailure: GENERIC_FAILURE, invalidForm: INVALID_FORM, checkFields: CHECK_FIELDS },
  name: NAME_MESSAGES,
  email: EMAIL_MESSAGES,
  signIn: SIGN_IN_MESSAGES,
  account: ACCOUNT_MESSAGES,
  language: LANGUAGE_MESSAGES,
  members: MEMBER_MESSAGES,
  bulk: BULK_MESSAGES,
};

// The numbers the English constants have written in; every catalog message may use them.
export const SERVER_MESSAGE_VALUES = {
  min: PASSWORD_MIN_LENGTH,
  max: PASSWORD_MAX_LENGTH,
  maxName: MAX_NAME_LENGTH,
  maxEmail: MAX_EMAIL_LENGTH,
  bulkLimit: BULK_LIMIT,
} as const;

function buildRegistry(): ReadonlyMap<string, string> {
  const keys = new Map<string, string>();
  for (const [module, messages] of Object.entries(MODULES)) {
    for (const [name, text] of Object.entries(messages)) {
      if (typeof text === "string" && !keys.has(text)) keys.set(text, `${module}.${name}`);
    }
  }
  return keys;
}

const REGISTRY = buildRegistry();

// The catalog key of an English message, or undefined when it has none.
export function serverMessageKey(text: string): string | undefined {
  return REGISTRY.get(text);
}

export function registeredServerMessages(): ReadonlyMap<string, string> {
  return REGISTRY;
}
