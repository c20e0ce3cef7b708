import { USAGE_OUTCOME_LABELS } from "@/lib/messages/labels";
import type { UsageDay } from "@/lib/usage/dto";
import { COUNTED_REFUSALS } from "@/lib/usage/outcomes";
import { formatDay } from "@/lib/messages/format-date";
import { USAGE } from "./usage-messages";

function reasons(byReason: UsageDay["byReason"]): string {
  return COUNTED_REFUSALS.flatMap((reason) => {
    const count = byReason[reason];
    return count ? [USAGE.reasonCount(USAGE_OUTCOME_LABELS[reason], count)] : [];
  }).join(", ");
}

// The chart's figures for screen readers: one row per day that had verifications, with the
// refusals broken down by reason, and the 30 days' total.
export function UsageTable({ days }: { days: UsageDay[] }) {
  const active = days.filter((day) => day.successes > 0 || day.refusals > 0);
  const totals = days.reduce(
    (sum, day) => {
      sum.successes += day.successes;
      sum.refusals += day.refusals;
      for (const reason of COUNTED_REFUSALS) {
        const count = day.byReason[reason];
        if (count) sum.byReason[reason] = (sum.byReason[reason] ?? 0) + count;
      }
      return sum;
    },
    { successes: 0, refusals: 0, byReason: {} as UsageDay["byReason"] },
  );
  return (
    <table className="sr-only">
      <caption>{USAGE.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{USAGE.day}</th>
          <th scope="col">{USAGE.successful}</th>
          <th scope="col">{USAGE.refused}</th>
          <th scope="col">{USAGE.reasons}</th>
        </tr>
      </thead>
      <tbody>
        {active.map((day) => (
          <tr key={day.day}>
            <th scope="row">{formatDay(`${day.day}T00:00:00Z`)}</th>
            <td>{day.successes}</td>
            <td>{day.refusals}</td>
            <td>{reasons(day.byReason)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{USAGE.total}</th>
          <td>{totals.successes}</td>
          <td>{totals.refusals}</td>
          <td>{reasons(totals.byReason)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
