"use client";

import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { SecretFormContent } from "@/components/ui/secret-form-content";
import { createTokenAction } from "../actions";
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
  return (
    <SecretFormContent
      action={createTokenAction}
      title={t("tokenForm.createTitle")}
      description={t("tokenForm.createDescription")}
      submitLabel={t("tokenForm.createSubmit")}
      successToast={t("api.toast.created")}
      words="api.secret"
      onDone={onDone}
      fields={(errors) => <TokenFormFields mode="create" errors={errors} />}
    />
  );
}
