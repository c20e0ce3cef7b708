"use client";

import { useTranslations } from "next-intl";
import { debounce, useQueryStates } from "nuqs";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/actions";
import { auditLogParsers, hasAuditFilters } from "@/lib/audit/log-filters";

const labelClass = "block text-xs font-medium text-gray-700";
const CLEARED = {
  action: null,
  actor: null,
  token: null,
  tokenName: null,
  from: null,
  to: null,
  page: null,
} as const;

const toDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
const fromDay = (value: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

// Filters are URL state: each change re-renders the table on the server and returns to
// the first page. Typing is debounced before it reaches the URL.
export function AuditFilters() {
  const t = useTranslations("audit.filters");
  const actions = useTranslations("audit.words.actions");
  const [filters, setFilters] = useQueryStates(auditLogParsers, {
    shallow: false,
    history: "replace",
    scroll: false,
  });
  const active = hasAuditFilters(filters);
  const typed = (value: string) => ({ limitUrlUpdates: value === "" ? undefined : debounce(300) });

  return (
    <div role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="audit-action" className={labelClass}>
          {t("action")}
        </label>
        <select
          id="audit-action"
          className={`${inputClass} w-auto pr-8`}
          value={filters.action ?? ""}
          onChange={(event) =>
            void setFilters({ action: (event.target.value || null) as AuditAction | null, page: null })
          }
        >
          <option value="">{t("anyAction")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {actions(action)}
            </option>
          ))}
        </select>
      </div>
      <TextFilter
        id="audit-actor"
        label={t("actor")}
        placeholder={t("actorPlaceholder")}
        value={filters.actor}
        onChange={(value) => void setFilters({ actor: value || null, page: null }, typed(value))}
      />
      <TextFilter
        id="audit-token"
        label={t("tokenName")}
        placeholder={t("tokenPlaceholder")}
        value={filters.tokenName}
        onChange={(value) => void setFilters({ tokenName: value || null, page: null }, typed(value))}
      />
      <DayFilter
        id="audit-from"
        label={t("from")}
        value={filters.from}
        max={filters.to}
        onChange={(day) => void setFilters({ from: day, page: null })}
      />
      <DayFilter
        id="audit-to"
        label={t("to")}
        value={filters.to}
        min={filters.from}
        onChange={(day) => void setFilters({ to: day, page: null })}
      />
      <Button variant="secondary" disabled={!active} onClick={() => void setFilters(CLEARED)}>
        {t("clearAll")}
      </Button>
    </div>
  );
}

type FilterProps<T> = { id: string; label: string; value: T; onChange: (value: T) => void };

function TextFilter({
  id,
  label,
  placeholder,
  value,
  onChange,
}: FilterProps<string> & { placeholder: string }) {
  return (
    <div className="min-w-48 flex-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        placeholder={placeholder}
        maxLength={254}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={inputClass}
      />
    </div>
  );
}

function DayFilter({
  id,
  label,
  value,
  min,
  max,
  onChange,
}: FilterProps<Date | null> & { min?: Date | null; max?: Date | null }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="date"
        value={toDay(value)}
        min={toDay(min ?? null) || undefined}
        max={toDay(max ?? null) || undefined}
        onChange={(event) => onChange(fromDay(event.target.value))}
        className={`${inputClass} w-auto`}
      />
    </div>
  );
}
