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
import { createTokenAction } from "../actions";
import { SecretReveal } from "./secret-reveal";
import { TokenFormFields } from "./token-form-fields";

export function CreateTokenDialog() {
  const t = useTranslations("api.page");
  return (
    <FreshDialog
      trigger={
        <Button>
          <Plus className="size-4" aria-hidden />
          {t("create")}
        </Button>
      }
    >
      {(close) => <CreateTokenContent onDone={close} />}
    </FreshDialog>
  );
}

function CreateTokenContent({ onDone }: { onDone: () => void }) {
  const t = useTranslations();
  const { state, onSubmit, pending } = useFormAction(createTokenAction);

  useEffect(() => {
    if (state.ok) toast.success(t("api.toast.created"));
  }, [state, t]);

  if (state.ok) {
    return (
      <DialogContent title={t("api.secret.title")} onInteractOutside={(event) => event.preventDefault()}>
        <SecretReveal secret={state.data.secret} onDone={onDone} />
      </DialogContent>
    );
  }
  return (
    <DialogContent title={t("tokenForm.createTitle")} description={t("tokenForm.createDescription")}>
      <form onSubmit={onSubmit} noValidate>
        <TokenFormFields mode="create" errors={state.errors} />
        <FormFooter submitLabel={t("tokenForm.createSubmit")} pending={pending} message={state.message} />
      </form>
    </DialogContent>
  );
}
