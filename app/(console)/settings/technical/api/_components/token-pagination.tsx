"use client";

import { useTranslations } from "next-intl";
import { useQueryStates } from "nuqs";
import { Button } from "@/components/ui/button";
import { pageRange } from "@/components/ui/page-range";
import { tokenListParsers } from "@/lib/tokens/list-filters";

export function TokenPagination({
  page,
  pageSize,
  total,
}: {
  page: number;
  pageSize: number;
  total: number;
}) {
  const t = useTranslations("api.pagination");
  const [, setFilters] = useQueryStates(tokenListParsers, { shallow: false, scroll: true });
  const { first, last, pages } = pageRange({ page, pageSize, total });
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4 pt-2">
      <p className="text-sm text-gray-600" aria-live="polite">
        {t("summary", { first, last, total, page, pages })}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" disabled={page <= 1} onClick={() => void setFilters({ page: page - 1 })}>
          {t("previous")}
        </Button>
        <Button
          variant="secondary"
          disabled={page >= pages}
          onClick={() => void setFilters({ page: page + 1 })}
        >
          {t("next")}
        </Button>
      </div>
    </nav>
  );
}
