"use client";

import { useTranslations } from "next-intl";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { SecretFormContent } from "@/components/ui/secret-form-content";
import { rotateEndpointSecretAction } from "../../actions";

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
  return (
    <SecretFormContent
      action={rotateEndpointSecretAction}
      title={t("rotateForm.title")}
      description={t("rotateForm.description")}
      submitLabel={t("rotateForm.submit")}
      successToast={t("toast.rotated")}
      variant="danger"
      words="webhooks.secret"
      onDone={onDone}
      fields={() => <input type="hidden" name="endpointId" value={endpointId} />}
    />
  );
}
