"use client";

import { useOptimistic, useTransition } from "react";
import { Switch } from "radix-ui";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { setApiAccessAction } from "../actions";

export function ApiAccessSwitch({ enabled, canChange }: { enabled: boolean; canChange: boolean }) {
  const t = useTranslations("api.access");
  const [optimistic, setOptimistic] = useOptimistic(enabled);
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    startTransition(async () => {
      setOptimistic(next);
      const result = await setApiAccessAction(next);
      if (result.ok) toast.success(next ? t("enabledToast") : t("disabledToast"));
      else toast.error(result.message ?? t("failed"));
    });
  }

  return (
    <div className="flex items-center gap-3">
      <label htmlFor="api-access" className="text-sm font-medium text-gray-800">
        {t("label")}
      </label>
      <Switch.Root
        id="api-access"
        checked={optimistic}
        disabled={!canChange || pending}
        onCheckedChange={change}
        aria-describedby="api-access-hint"
        className="data-[state=checked]:bg-brand-600 relative h-6 w-11 rounded-full bg-gray-300 transition-colors disabled:opacity-60"
      >
        <Switch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-white shadow transition-transform data-[state=checked]:translate-x-[1.375rem]" />
      </Switch.Root>
      <span id="api-access-hint" className="sr-only">
        {optimistic ? t("onHint") : t("offHint")}
      </span>
    </div>
  );
}
