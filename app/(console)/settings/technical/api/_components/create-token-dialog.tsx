"use client";

import { useEffect, useState } from "react";
import { toast } from "sonner";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { createTokenAction } from "../actions";
import { FormFooter } from "@/components/ui/form-footer";
import { API_PAGE, FORM, SECRET, TOAST } from "./messages";
import { SecretReveal } from "./secret-reveal";
import { TokenFormFields } from "./token-form-fields";
import { useFormAction } from "@/components/ui/use-form-action";

export function CreateTokenDialog() {
  const [open, setOpen] = useState(false);
  const [attempt, setAttempt] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setAttempt((n) => n + 1);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <Plus className="size-4" aria-hidden />
          {API_PAGE.create}
        </Button>
      </DialogTrigger>
      {open && <CreateTokenContent key={attempt} onDone={() => setOpen(false)} />}
    </Dialog>
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
