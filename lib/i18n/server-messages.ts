import { ACCOUNT_MESSAGES, LANGUAGE_MESSAGES } from "@/lib/auth/commands/messages";
import { NOT_ALLOWED, NOT_SIGNED_IN } from "@/lib/auth/messages";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { SIGN_IN_MESSAGES } from "@/lib/auth/sign-in.messages";
import { CHECK_FIELDS, GENERIC_FAILURE, INVALID_FORM } from "@/lib/commands/result";
import { MEMBER_MESSAGES } from "@/lib/members/messages";
import type { MessageValues } from "@/lib/messages/parameterized";
import { TOKEN_COMMAND_MESSAGES, TOKEN_FIELD_MESSAGES } from "@/lib/tokens/messages";
import { BULK_LIMIT } from "@/lib/tokens/bulk/limit";
import { BULK_MESSAGES } from "@/lib/tokens/bulk/messages";
import { MAX_EMAIL_LENGTH, MAX_NAME_LENGTH } from "@/lib/validation/form-text";
import { EMAIL_MESSAGES, NAME_MESSAGES } from "@/lib/validation/messages";
import { MAX_DESCRIPTION_LENGTH, MAX_ENDPOINTS, MAX_URL_LENGTH } from "@/lib/webhook-endpoints/limits";
import { WEBHOOK_ENDPOINT_MESSAGES } from "@/lib/webhook-endpoints/messages";

// Commands answer in English constants (lib/**/messages.ts), which scripts, tests and the
// API read as they are. This is the translating layer between them and the catalogs: each
// constant, by the name it has in its module, is a key of the "serverMessages" catalog
// (NOT_SIGNED_IN → session.notSignedIn, MEMBER_MESSAGES.emailTaken → members.emailTaken).
// A text already registered under an earlier name (MEMBER_MESSAGES.nameRequired is
// NAME_MESSAGES.required) keeps that first key. A message with values (TOKEN_FIELD_MESSAGES.
// customDateTooFar(365)) is read back into its key and values (lib/messages/parameterized.ts).
// A text not registered here reads as it is.
const MODULES: Record<string, Readonly<Record<string, unknown>>> = {
  session: { notSignedIn: NOT_SIGNED_IN, notAllowed: NOT_ALLOWED },
  form: { genericFailure: GENERIC_FAILURE, invalidForm: INVALID_FORM, checkFields: CHECK_FIELDS },
  name: NAME_MESSAGES,
  email: EMAIL_MESSAGES,
  signIn: SIGN_IN_MESSAGES,
  account: ACCOUNT_MESSAGES,
  language: LANGUAGE_MESSAGES,
  members: MEMBER_MESSAGES,
  tokens: TOKEN_FIELD_MESSAGES,
  tokenCommands: TOKEN_COMMAND_MESSAGES,
  webhooks: WEBHOOK_ENDPOINT_MESSAGES,
  bulk: BULK_MESSAGES,
};

// The numbers the English constants have written in; every catalog message may use them.
export const SERVER_MESSAGE_VALUES = {
  min: PASSWORD_MIN_LENGTH,
  max: PASSWORD_MAX_LENGTH,
  maxName: MAX_NAME_LENGTH,
  maxEmail: MAX_EMAIL_LENGTH,
  maxWebhookUrl: MAX_URL_LENGTH,
  maxWebhookDescription: MAX_DESCRIPTION_LENGTH,
  maxWebhookEndpoints: MAX_ENDPOINTS,
  bulkLimit: BULK_LIMIT,
} as const;

type Reader = { key: string; read: (text: string) => MessageValues | undefined };

function isReadable(message: unknown): message is Pick<Reader, "read"> {
  return typeof message === "function" && "read" in message && typeof message.read === "function";
}

function buildRegistry() {
  const keys = new Map<string, string>();
  const readers: Reader[] = [];
  for (const [module, messages] of Object.entries(MODULES)) {
    for (const [name, message] of Object.entries(messages)) {
      const key = `${module}.${name}`;
      if (typeof message === "string" && !keys.has(message)) keys.set(message, key);
      else if (isReadable(message)) readers.push({ key, read: message.read });
    }
  }
  return { keys, readers };
}

const REGISTRY = buildRegistry();

// The catalog key of an English message and the values it carries, or undefined when it has none.
export function readServerMessage(text: string): { key: string; values: MessageValues } | undefined {
  const key = REGISTRY.keys.get(text);
  if (key !== undefined) return { key, values: {} };
  for (const reader of REGISTRY.readers) {
    const values = reader.read(text);
    if (values) return { key: reader.key, values };
  }
  return undefined;
}

export function serverMessageKey(text: string): string | undefined {
  return readServerMessage(text)?.key;
}

export function registeredServerMessages(): ReadonlyMap<string, string> {
  return REGISTRY.keys;
}

// The keys of the messages with values, which registeredServerMessages cannot list by text.
export function registeredParameterizedKeys(): string[] {
  return REGISTRY.readers.map((reader) => reader.key);
}

// next-intl types each key's values from its message; the registry's keys and values are
// only known at run time, so the translator is taken loosely here.
type Translate = (key: never, values: never) => string;

// An English message in the language of `t` (a translator of the "serverMessages" catalog).
export function translateServerMessage(t: Translate, text: string): string {
  const found = readServerMessage(text);
  if (found === undefined) return text;
  // The registry's keys are checked against the catalogs by lib/i18n/server-messages.test.ts.
  return t(found.key as never, { ...SERVER_MESSAGE_VALUES, ...found.values } as never);
}
