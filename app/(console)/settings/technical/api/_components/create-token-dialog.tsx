"use client";

import { useEffect } from "react";
import { toast } from "sonner";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { createTokenAction } from "../actions";
import { API_PAGE, FORM, SECRET, TOAST } from "./messages";
import { SecretReveal } from "./secret-reveal";
import { TokenFormFields } from "./token-form-fields";

export function CreateTokenDialog() {
  return (
    <FreshDialog
      trigger={
        <Button>
          <Plus className="size-4" aria-hidden />
          {API_PAGE.create}
        </Button>
      }
    >
      {(close) => <CreateTokenContent onDone={close} />}
    </FreshDialog>
  );
}

function CreateTokenContent({ onDone }: { onDone: () => void }) {
  const { state, onSubmit, pending } = useFormAction(createTokenAction);

  useEffect(() => {
    if (state.ok) toast.success(TOAST.created);
  }, [state]);

  if (state.ok) {
    return (
      <DialogContent title={SECRET.title} onInteractOutside={(event) => event.preventDefault()}>
        <SecretReveal secret={state.data.secret} onDone={onDone} />
      </DialogContent>
    );
  }
  return (
    <DialogContent title={FORM.createTitle} description={FORM.createDescription}>
      <form onSubmit={onSubmit} noValidate>
        <TokenFormFields mode="create" errors={state.errors} />
        <FormFooter submitLabel={FORM.createSubmit} pending={pending} message={state.message} />
      </form>
    </DialogContent>
  );
}
