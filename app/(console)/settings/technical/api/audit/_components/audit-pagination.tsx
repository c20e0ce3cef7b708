import { Button } from "@/components/ui/button";
import { AUDIT_PAGE } from "./messages";

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
  const P = AUDIT_PAGE.pagination;
  return (
    <nav aria-label={P.label} className="flex items-center justify-between gap-4">
      <p className="text-sm text-gray-600" aria-live="polite">
        {P.summary(first, last, total, page, Math.max(1, pages))}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" disabled={!onPrevious} onClick={onPrevious}>
          {P.previous}
        </Button>
        <Button variant="secondary" disabled={!onNext} onClick={onNext}>
          {P.next}
        </Button>
      </div>
    </nav>
  );
}
