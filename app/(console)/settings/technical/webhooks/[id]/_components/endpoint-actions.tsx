"use client";

import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { Power, PowerOff, Send } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { EndpointDto } from "@/lib/webhook-endpoints/dto";
import { sendTestEventAction, setEndpointEnabledAction } from "../../actions";
import { DeleteEndpointDialog } from "./delete-endpoint-dialog";
import { EditEndpointDialog } from "./edit-endpoint-dialog";
import { RotateSecretDialog } from "./rotate-secret-dialog";

// What an administrator or implementation specialist can do to the endpoint; support
// staff never receive this component (and the commands refuse them anyway).
export function EndpointActions({ endpoint }: { endpoint: EndpointDto }) {
  const t = useTranslations("webhooks");
  const [pending, startTransition] = useTransition();

  function sendTest() {
    startTransition(async () => {
      const result = await sendTestEventAction(endpoint.id);
      if (result.ok) toast.success(t("toast.testQueued"));
      else toast.error(result.message ?? t("toast.failed"));
    });
  }

  function toggle() {
    startTransition(async () => {
      const result = await setEndpointEnabledAction(endpoint.id, !endpoint.enabled);
      if (result.ok) toast.success(endpoint.enabled ? t("toast.disabled") : t("toast.enabled"));
      else toast.error(result.message ?? t("toast.failed"));
    });
  }

  return (
    <div role="group" aria-label={t("actions.label")} className="flex flex-wrap gap-2">
      <Button onClick={sendTest} disabled={pending || !endpoint.enabled}>
        <Send className="size-4" aria-hidden />
        {t("actions.sendTest")}
      </Button>
      <EditEndpointDialog endpoint={endpoint} />
      <Button variant="secondary" onClick={toggle} disabled={pending}>
        {endpoint.enabled ? (
          <PowerOff className="size-4" aria-hidden />
        ) : (
          <Power className="size-4" aria-hidden />
        )}
        {endpoint.enabled ? t("actions.disable") : t("actions.enable")}
      </Button>
      <RotateSecretDialog endpointId={endpoint.id} />
      <DeleteEndpointDialog endpointId={endpoint.id} />
    </div>
  );
}
