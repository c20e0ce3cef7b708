import { fail, INVALID_FORM, type ActionState } from "./result";

// A server action is a public endpoint: its "form" is whatever the client encoded (an
// object, a string, a number, nothing at all), not necessarily the FormData a page's form
// sends. Read unchecked, such a post threw and was answered with a 500.
export function withFormData<T>(
  form: unknown,
  run: (form: FormData) => Promise<ActionState<T>>,
): Promise<ActionState<T>> {
  return form instanceof FormData ? run(form) : Promise.resolve(fail(INVALID_FORM));
}
