"use client";

import { useEffect, useState } from "react";
import { toast } from "sonner";
import { UserPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogContent } from "@/components/ui/dialog";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/form-footer";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { addMemberAction } from "../actions";
import { ADD_FORM, MEMBERS_PAGE } from "./messages";
import { RoleOptions } from "./role-options";

export function AddMemberDialog() {
  return (
    <FreshDialog
      trigger={
        <Button>
          <UserPlus className="size-4" aria-hidden />
          {MEMBERS_PAGE.add}
        </Button>
      }
    >
      {(close) => <AddMemberContent onDone={close} />}
    </FreshDialog>
  );
}

function AddMemberContent({ onDone }: { onDone: () => void }) {
  const { state, onSubmit, pending } = useFormAction(addMemberAction);
  const [technical, setTechnical] = useState(false);
  const errors = state.errors;

  useEffect(() => {
    if (state.ok) {
      toast.success(state.message ?? ADD_FORM.title);
      onDone();
    }
  }, [state, onDone]);

  return (
    <DialogContent title={ADD_FORM.title} description={ADD_FORM.description}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <Field id="member-name" label={ADD_FORM.name} errors={errors?.name}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="name"
              required
              maxLength={200}
              autoComplete="off"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
        <Field id="member-email" label={ADD_FORM.email} errors={errors?.email}>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              name="email"
              type="email"
              required
              autoComplete="off"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            />
          )}
        </Field>
        <Field id="member-role" label={ADD_FORM.role} errors={errors?.role}>
          {({ id, describedBy, invalid }) => (
            <select
              id={id}
              name="role"
              defaultValue="member"
              className={inputClass}
              aria-describedby={describedBy}
              aria-invalid={invalid}
            >
              <RoleOptions />
            </select>
          )}
        </Field>
        <div className="space-y-1">
          <label className="flex items-center gap-2 text-sm font-medium text-gray-800">
            <input
              type="checkbox"
              name="isTechnical"
              checked={technical}
              onChange={(event) => setTechnical(event.target.checked)}
              aria-describedby="member-technical-hint"
            />
            {ADD_FORM.technical}
          </label>
          <p id="member-technical-hint" className="text-xs text-gray-500">
            {ADD_FORM.technicalHint}
          </p>
        </div>
        {/* Not rendered for a technical user: it has no password, and the server refuses one. */}
        {technical ? (
          <FieldErrors id="member-password-error" errors={errors?.password} />
        ) : (
          <Field
            id="member-password"
            label={ADD_FORM.password}
            hint={ADD_FORM.passwordHint}
            errors={errors?.password}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                name="password"
                type="password"
                required
                autoComplete="new-password"
                className={inputClass}
                aria-describedby={describedBy}
                aria-invalid={invalid}
              />
            )}
          </Field>
        )}
        <FormFooter submitLabel={ADD_FORM.submit} pending={pending} message={state.message} />
      </form>
    </DialogContent>
  );
}
