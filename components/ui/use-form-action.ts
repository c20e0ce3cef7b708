"use client";

import { useActionState, useTransition, type FormEvent } from "react";
import type { ActionState } from "@/lib/commands/result";

type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

// useActionState, submitted from onSubmit so React does not reset the form: after a
// validation error the user keeps what they typed.
export function useFormAction<T>(action: FormAction<T>) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, { ok: false });
  const [, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  return { state, onSubmit, pending };
}
