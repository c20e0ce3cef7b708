"use client";

import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { SecretFormContent } from "@/components/ui/secret-form-content";
import { createEndpointAction } from "../actions";
import { EndpointFormFields } from "./endpoint-form-fields";

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
  return (
    <SecretFormContent
      action={createEndpointAction}
      title={t("addForm.title")}
      description={t("addForm.description")}
      submitLabel={t("addForm.submit")}
      successToast={t("toast.created")}
      words="webhooks.secret"
      onDone={onDone}
      fields={(errors) => <EndpointFormFields errors={errors} />}
    />
  );
}
