import { z } from "zod";
import { hasUnsafeCharacters } from "./plain-text";

// The text fields every form shares (token, member): how a missing field, a length and a
// one-line name are checked, written once so the two forms cannot drift apart.

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

// Lengths count characters as people see them (code points), not UTF-16 units, so an
// emoji counts once, as the form's counter would.
export function charCount(text: string): number {
  return Array.from(text).length;
}

// A missing form field arrives as undefined or null; treating it as empty gives the field's
// own message instead of a type error, and keeps the other fields' checks running.
export function formText<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === undefined || value === null ? "" : value), schema);
}

export type NameMessages = { required: string; tooLong: string; unsafeCharacters: string };

// A required one-line name, trimmed. Names end up in audit rows and CSV exports, where a
// line break could fake a row, and on cards and owner lists, where a bidi override or a
// zero-width space lets one name pass for another.
export function plainTextName(messages: NameMessages, maxLength: number = MAX_NAME_LENGTH) {
  return formText(
    z
      .string({ error: messages.required })
      .trim()
      .min(1, messages.required)
      .refine((name) => charCount(name) <= maxLength, messages.tooLong)
      .refine((name) => !hasUnsafeCharacters(name), messages.unsafeCharacters),
  );
}
