"use client";

import { debounce, useQueryStates } from "nuqs";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from "@/lib/audit/actions";
import { auditLogParsers } from "@/lib/audit/log-filters";
import { AUDIT_PAGE } from "./messages";

const F = AUDIT_PAGE.filters;
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
  const [filters, setFilters] = useQueryStates(auditLogParsers, {
    shallow: false,
    history: "replace",
    scroll: false,
  });
  const active = Boolean(
    filters.action || filters.actor || filters.token || filters.tokenName || filters.from || filters.to,
  );
  const typed = (value: string) => ({ limitUrlUpdates: value === "" ? undefined : debounce(300) });

  return (
    <div role="search" aria-label={AUDIT_PAGE.filterLabel} className="flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="audit-action" className={labelClass}>
          {F.action}
        </label>
        <select
          id="audit-action"
          className={`${inputClass} w-auto pr-8`}
          value={filters.action ?? ""}
          onChange={(event) =>
            void setFilters({ action: (event.target.value || null) as AuditAction | null, page: null })
          }
        >
          <option value="">{F.anyAction}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {AUDIT_ACTION_LABELS[action]}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="audit-actor" className={labelClass}>
          {F.actor}
        </label>
        <input
          id="audit-actor"
          type="search"
          placeholder={F.actorPlaceholder}
          maxLength={254}
          value={filters.actor}
          onChange={(event) =>
            void setFilters({ actor: event.target.value || null, page: null }, typed(event.target.value))
          }
          className={inputClass}
        />
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor="audit-token" className={labelClass}>
          {F.tokenName}
        </label>
        <input
          id="audit-token"
          type="search"
          placeholder={F.tokenPlaceholder}
          maxLength={254}
          value={filters.tokenName}
          onChange={(event) =>
            void setFilters({ tokenName: event.target.value || null, page: null }, typed(event.target.value))
          }
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor="audit-from" className={labelClass}>
          {F.from}
        </label>
        <input
          id="audit-from"
          type="date"
          value={toDay(filters.from)}
          max={toDay(filters.to) || undefined}
          onChange={(event) => void setFilters({ from: fromDay(event.target.value), page: null })}
          className={`${inputClass} w-auto`}
        />
      </div>
      <div>
        <label htmlFor="audit-to" className={labelClass}>
          {F.to}
        </label>
        <input
          id="audit-to"
          type="date"
          value={toDay(filters.to)}
          min={toDay(filters.from) || undefined}
          onChange={(event) => void setFilters({ to: fromDay(event.target.value), page: null })}
          className={`${inputClass} w-auto`}
        />
      </div>
      <Button variant="secondary" disabled={!active} onClick={() => void setFilters(CLEARED)}>
        {F.clearAll}
      </Button>
    </div>
  );
}
