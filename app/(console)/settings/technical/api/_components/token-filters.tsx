"use client";

import { debounce, useQueryStates } from "nuqs";
import { Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import {
  CREATED_FILTERS,
  STATUS_FILTERS,
  tokenListParsers,
  type CreatedFilter,
  type StatusFilter,
} from "@/lib/tokens/list-filters";

const selectClass = `${inputClass} w-auto pr-8`;

// Filters are URL state: every change re-renders the list on the server (shallow: false)
// and resets to the first page.
export function TokenFilters() {
  const t = useTranslations();
  const [filters, setFilters] = useQueryStates(tokenListParsers, { shallow: false, history: "replace" });
  const active = filters.q !== "" || filters.created !== "any" || filters.status !== "any";

  return (
    <div role="search" aria-label={t("api.filters.label")} className="flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="token-search" className="sr-only">
          {t("api.filters.search")}
        </label>
        <div className="relative">
          <Search
            className="pointer-events-none absolute top-2.5 left-2.5 size-4 text-gray-400"
            aria-hidden
          />
          <input
            id="token-search"
            type="search"
            placeholder={t("api.filters.search")}
            // nuqs updates its state at once and only debounces the URL (and so the server).
            value={filters.q}
            maxLength={100}
            onChange={(event) => {
              void setFilters(
                { q: event.target.value || null, page: null },
                { limitUrlUpdates: event.target.value === "" ? undefined : debounce(300) },
              );
            }}
            className={`${inputClass} pl-8`}
          />
        </div>
      </div>
      <div>
        <label htmlFor="token-created" className="block text-xs font-medium text-gray-600">
          {t("api.filters.created")}
        </label>
        <select
          id="token-created"
          className={selectClass}
          value={filters.created}
          onChange={(event) => void setFilters({ created: event.target.value as CreatedFilter, page: null })}
        >
          {CREATED_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`labels.createdFilters.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="token-status" className="block text-xs font-medium text-gray-600">
          {t("api.filters.status")}
        </label>
        <select
          id="token-status"
          className={selectClass}
          value={filters.status}
          onChange={(event) => void setFilters({ status: event.target.value as StatusFilter, page: null })}
        >
          {STATUS_FILTERS.map((value) => (
            <option key={value} value={value}>
              {value === "any" ? t("labels.anyStatus") : t(`labels.statuses.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <Button variant="secondary" disabled={!active} onClick={() => void setFilters(null)}>
        {t("api.filters.clearAll")}
      </Button>
    </div>
  );
}
