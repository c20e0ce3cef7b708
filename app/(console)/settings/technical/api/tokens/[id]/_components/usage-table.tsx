import { useLocale, useTranslations } from "next-intl";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { UsageDay } from "@/lib/usage/dto";
import { COUNTED_REFUSALS } from "@/lib/usage/outcomes";
import { dayStart } from "./usage-day";

// The chart's figures for screen readers: one row per day that had verifications, with the
// refusals broken down by reason, and the 30 days' total.
export function UsageTable({ days }: { days: UsageDay[] }) {
  const t = useTranslations("tokenPage.usage");
  const locale = useLocale();
  const count = (value: number) => formatNumber(value, locale);
  const reasons = (byReason: UsageDay["byReason"]) =>
    COUNTED_REFUSALS.flatMap((reason) => {
      const times = byReason[reason];
      return times ? [t("reasonCount", { reason: t(`outcomes.${reason}`), count: times })] : [];
    }).join(", ");
  const active = days.filter((day) => day.successes > 0 || day.refusals > 0);
  const totals = days.reduce(
    (sum, day) => {
      sum.successes += day.successes;
      sum.refusals += day.refusals;
      for (const reason of COUNTED_REFUSALS) {
        const times = day.byReason[reason];
        if (times) sum.byReason[reason] = (sum.byReason[reason] ?? 0) + times;
      }
      return sum;
    },
    { successes: 0, refusals: 0, byReason: {} as UsageDay["byReason"] },
  );
  return (
    <table className="sr-only">
      <caption>{t("tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("day")}</th>
          <th scope="col">{t("successful")}</th>
          <th scope="col">{t("refused")}</th>
          <th scope="col">{t("reasons")}</th>
        </tr>
      </thead>
      <tbody>
        {active.map((day) => (
          <tr key={day.day}>
            <th scope="row">{formatDate(dayStart(day.day), locale)}</th>
            <td>{count(day.successes)}</td>
            <td>{count(day.refusals)}</td>
            <td>{reasons(day.byReason)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t("total")}</th>
          <td>{count(totals.successes)}</td>
          <td>{count(totals.refusals)}</td>
          <td>{reasons(totals.byReason)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
