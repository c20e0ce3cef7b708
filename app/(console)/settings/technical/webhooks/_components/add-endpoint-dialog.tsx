"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { createEndpointAction } from "../actions";
import { EndpointFormFields } from "./endpoint-form-fields";
import { SigningSecretReveal } from "./signing-secret-reveal";

export function AddEndpointDialog() {
  const t = useTranslations("webhooks.page");
  return (
    <FreshDialog
      trigger={
        <Button>
          <Plus className="size-4" aria-hidden />
          {t("add")}
        </Button>
      }
    >
      {(close) => <AddEndpointContent onDone={close} />}
    </FreshDialog>
  );
}

// The form, then, once created, the one-time view of the signing secret in its place.
function AddEndpointContent({ onDone }: { onDone: () => void }) {
  const t = useTranslations("webhooks");
  const { state, onSubmit, pending } = useFormAction(createEndpointAction);

  useEffect(() => {
    if (state.ok) toast.success(t("toast.created"));
  }, [state, t]);

  if (state.ok) {
    return (
      <DialogContent title={t("secret.title")} onInteractOutside={(event) => event.preventDefault()}>
        <SigningSecretReveal secret={state.data.secret} onDone={onDone} />
      </DialogContent>
    );
  }
  return (
    <DialogContent title={t("addForm.title")} description={t("addForm.description")}>
      <form onSubmit={onSubmit} noValidate>
        <EndpointFormFields errors={state.errors} />
        <FormFooter submitLabel={t("addForm.submit")} pending={pending} message={state.message} />
      </form>
    </DialogContent>
  );
}
