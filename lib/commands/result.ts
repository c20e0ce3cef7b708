import { NOT_ALLOWED } from "@/lib/auth/messages";

// What every command and server action returns for expected outcomes. Field errors are keyed
// by form field name and shown next to the field; `message` is for the form as a whole.
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<T = undefined> =
  | { ok: true; data: T; message?: string; errors?: undefined }
  | { ok: false; errors?: FieldErrors; message?: string };

export const NOT_FOUND_MESSAGE = "That token no longer exists.";
export const GENERIC_FAILURE = "Something went wrong. Nothing was changed; try again.";
// The request did not carry the form (or the values) the action expects: not a browser's post.
export const INVALID_FORM = "The form could not be read. Nothing was changed; reload the page and try again.";

export function ok<T>(data: T, message?: string): ActionState<T> {
  return { ok: true, data, message };
}

export function fail(message: string, errors?: FieldErrors): ActionState<never> {
  return { ok: false, message, errors };
}

export const CHECK_FIELDS = "Check the highlighted fields.";

export function invalid(errors: FieldErrors): ActionState<never> {
  return fail(CHECK_FIELDS, errors);
}

export const refused = (): ActionState<never> => fail(NOT_ALLOWED);
