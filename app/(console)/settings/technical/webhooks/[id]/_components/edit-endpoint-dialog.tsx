"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DialogContent } from "@/components/ui/dialog";
import { FormFooter } from "@/components/ui/form-footer";
import { FreshDialog } from "@/components/ui/fresh-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import type { EndpointDto } from "@/lib/webhook-endpoints/dto";
import { updateEndpointAction } from "../../actions";
import { EndpointFormFields } from "../../_components/endpoint-form-fields";

export function EditEndpointDialog({ endpoint }: { endpoint: EndpointDto }) {
  const t = useTranslations("webhooks.actions");
  return (
    <FreshDialog
      trigger={
        <Button variant="secondary">
          <Pencil className="size-4" aria-hidden />
          {t("edit")}
        </Button>
      }
    >
      {(close) => <EditEndpointContent endpoint={endpoint} onDone={close} />}
    </FreshDialog>
  );
}

function EditEndpointContent({ endpoint, onDone }: { endpoint: EndpointDto; onDone: () => void }) {
  const t = useTranslations("webhooks");
  const { state, onSubmit, pending } = useFormAction(updateEndpointAction);

  useEffect(() => {
    if (state.ok) {
      toast.success(t("toast.updated"));
      onDone();
    }
  }, [state, onDone, t]);

  return (
    <DialogContent title={t("editForm.title")}>
      <form onSubmit={onSubmit} noValidate>
        <input type="hidden" name="endpointId" value={endpoint.id} />
        <EndpointFormFields errors={state.errors} initial={endpoint} />
        <FormFooter submitLabel={t("editForm.submit")} pending={pending} message={state.message} />
      </form>
    </DialogContent>
  );
}
