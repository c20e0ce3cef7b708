"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart } from "recharts";
import type { CardUsageDto } from "@/lib/usage/dto";

export const SUCCESS_COLOR = "#16a34a";
export const REFUSAL_COLOR = "#dc2626";

// A card's 7-day sparkline: one stacked bar per day, successes under refusals. The totals
// are said in words beside it; the picture itself is decoration for screen readers.
export function UsageTrend({ trend }: { trend: CardUsageDto["trend"] }) {
  const t = useTranslations("api.usage");
  const successes = trend.reduce((sum, day) => sum + day.successes, 0);
  const refusals = trend.reduce((sum, day) => sum + day.refusals, 0);
  return (
    <span className="flex items-center gap-2">
      <span aria-hidden className="inline-block h-6 w-16 shrink-0">
        <BarChart
          width={64}
          height={24}
          data={trend}
          margin={{ top: 1, right: 0, bottom: 0, left: 0 }}
          barCategoryGap={1}
          accessibilityLayer={false}
        >
          <Bar dataKey="successes" stackId="day" fill={SUCCESS_COLOR} isAnimationActive={false} />
          <Bar dataKey="refusals" stackId="day" fill={REFUSAL_COLOR} isAnimationActive={false} />
        </BarChart>
      </span>
      <span className="truncate">{t("trendSummary", { successes, refusals })}</span>
    </span>
  );
}
