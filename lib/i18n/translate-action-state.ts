import type { ActionState } from "@/lib/commands/result";
import type { TranslateText } from "./server-translator";

// A command's answer in the reader's language: the form-level message and every field error.
export function translateActionState<T>(state: ActionState<T>, translate: TranslateText): ActionState<T> {
  const message = state.message === undefined ? undefined : translate(state.message);
  if (state.ok) return { ...state, message };
  const errors = state.errors
    ? Object.fromEntries(Object.entries(state.errors).map(([field, list]) => [field, list?.map(translate)]))
    : undefined;
  return { ...state, message, errors };
}
