"use client";

import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { History } from "lucide-react";
import { Button } from "@/components/ui/button";
import { auditLogParsers } from "@/lib/audit/log-filters";

// Shown when the log is narrowed to one token (its card's "History").
export function HistoryBanner({ label, hint }: { label: string; hint: string | null }) {
  const t = useTranslations("audit.page");
  const [, setFilters] = useQueryStates(auditLogParsers, { shallow: false, history: "push" });
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-gray-200 bg-white p-3">
      <p className="flex items-center gap-2 text-sm text-gray-900">
        <History className="size-4 text-gray-600" aria-hidden />
        <span>
          <span className="font-medium">{t("historyOf", { label })}</span>
          {hint && <span className="ml-2 font-mono text-xs text-gray-600">{hint}</span>}
        </span>
      </p>
      <Button variant="secondary" onClick={() => void setFilters({ token: null, page: null })}>
        {t("showAllTokens")}
      </Button>
    </div>
  );
}
