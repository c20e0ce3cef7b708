"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { UsageDay } from "@/lib/usage/dto";
import { REFUSAL_COLOR, SUCCESS_COLOR } from "../../../_components/usage-trend";
import { formatShortDay } from "./usage-format";
import { USAGE } from "./usage-messages";

// Successes and refusals per day, stacked. Screen readers get the table beside it
// (UsageTable), so the picture is hidden from them.
export function UsageChart({ days }: { days: UsageDay[] }) {
  const data = days.map((day) => ({
    label: formatShortDay(day.day),
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
            name={USAGE.successful}
            stackId="day"
            fill={SUCCESS_COLOR}
            isAnimationActive={false}
          />
          <Bar
            dataKey="refusals"
            name={USAGE.refused}
            stackId="day"
            fill={REFUSAL_COLOR}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
