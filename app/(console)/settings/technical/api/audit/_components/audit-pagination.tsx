import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function AuditPagination({
  page,
  pages,
  pageSize,
  total,
  onPrevious,
  onNext,
}: {
  page: number;
  pages: number;
  pageSize: number;
  total: number;
  onPrevious?: () => void;
  onNext?: () => void;
}) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const t = useTranslations("audit.pagination");
  return (
    <nav aria-label={t("label")} className="flex items-center justify-between gap-4">
      <p className="text-sm text-gray-600" aria-live="polite">
        {t("summary", { first, last, total, page, pages: Math.max(1, pages) })}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" disabled={!onPrevious} onClick={onPrevious}>
          {t("previous")}
        </Button>
        <Button variant="secondary" disabled={!onNext} onClick={onNext}>
          {t("next")}
        </Button>
      </div>
    </nav>
  );
}
