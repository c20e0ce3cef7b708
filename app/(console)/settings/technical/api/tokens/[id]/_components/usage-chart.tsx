"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatDayMonth } from "@/lib/i18n/format";
import type { UsageDay } from "@/lib/usage/dto";
import { REFUSAL_COLOR, SUCCESS_COLOR } from "../../../_components/usage-trend";
import { dayStart } from "./usage-day";

// Successes and refusals per day, stacked. Screen readers get the table beside it
// (UsageTable), so the picture is hidden from them.
export function UsageChart({ days }: { days: UsageDay[] }) {
  const t = useTranslations("tokenPage.usage");
  const locale = useLocale();
  const data = days.map((day) => ({
    label: formatDayMonth(dayStart(day.day), locale),
    successes: day.successes,
    refusals: day.refusals,
  }));
  return (
    <div aria-hidden className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
          <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar
            dataKey="successes"
            name={t("successful")}
            stackId="day"
            fill={SUCCESS_COLOR}
            isAnimationActive={false}
          />
          <Bar
            dataKey="refusals"
            name={t("refused")}
            stackId="day"
            fill={REFUSAL_COLOR}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
