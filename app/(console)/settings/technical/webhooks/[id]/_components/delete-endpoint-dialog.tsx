"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { deleteEndpointAction } from "../../actions";

export function DeleteEndpointDialog({ endpointId }: { endpointId: string }) {
  const t = useTranslations("webhooks.actions");
  return (
    <FreshDialog
      trigger={
        <Button variant="danger">
          <Trash2 className="size-4" aria-hidden />
          {t("delete")}
        </Button>
      }
    >
      {() => <DeleteEndpointContent endpointId={endpointId} />}
    </FreshDialog>
  );
}

// Once deleted, the endpoint's page has nothing left to show: back to the list.
function DeleteEndpointContent({ endpointId }: { endpointId: string }) {
  const t = useTranslations("webhooks");
  const router = useRouter();
  const { state, onSubmit, pending } = useFormAction(deleteEndpointAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(t("toast.deleted"));
      router.replace("/settings/technical/webhooks");
    }
  }, [state, router, t]);

  return (
    <DialogContent title={t("deleteForm.title")} description={t("deleteForm.description")}>
      <form onSubmit={onSubmit} noValidate>
        <input type="hidden" name="endpointId" value={endpointId} />
        <FormFooter
          submitLabel={t("deleteForm.submit")}
          pending={pending}
          message={state.message}
          variant="danger"
        />
      </form>
    </DialogContent>
  );
}
