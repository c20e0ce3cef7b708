"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { rotateEndpointSecretAction } from "../../actions";
import { SigningSecretReveal } from "../../_components/signing-secret-reveal";

export function RotateSecretDialog({ endpointId }: { endpointId: string }) {
  const t = useTranslations("webhooks.actions");
  return (
    <FreshDialog
      trigger={
        <Button variant="secondary">
          <RefreshCw className="size-4" aria-hidden />
          {t("rotate")}
        </Button>
      }
    >
      {(close) => <RotateSecretContent endpointId={endpointId} onDone={close} />}
    </FreshDialog>
  );
}

// A question first (the receiver must be given the new secret), then the secret, once.
function RotateSecretContent({ endpointId, onDone }: { endpointId: string; onDone: () => void }) {
  const t = useTranslations("webhooks");
  const { state, onSubmit, pending } = useFormAction(rotateEndpointSecretAction);

  useEffect(() => {
    if (state.ok) toast.success(t("toast.rotated"));
  }, [state, t]);

  if (state.ok) {
    return (
      <DialogContent title={t("secret.title")} onInteractOutside={(event) => event.preventDefault()}>
        <SigningSecretReveal secret={state.data.secret} onDone={onDone} />
      </DialogContent>
    );
  }
  return (
    <DialogContent title={t("rotateForm.title")} description={t("rotateForm.description")}>
      <form onSubmit={onSubmit} noValidate>
        <input type="hidden" name="endpointId" value={endpointId} />
        <FormFooter
          submitLabel={t("rotateForm.submit")}
          pending={pending}
          message={state.message}
          variant="danger"
        />
      </form>
    </DialogContent>
  );
}
