import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { loadTokenUsage } from "@/lib/usage/queries/token-usage";
import { ClientAddresses } from "./client-addresses";
import { UsageChart } from "./usage-chart";
import { UsageTable } from "./usage-table";

// The token page's usage: the last 30 days' verifications (a chart, and its table for
// screen readers) and its recent client addresses (where it was last used from is among the
// page's details). Loads its own
// data for the account and token it is given; another account's token is not found.
export async function UsageSection({ accountId, tokenId }: { accountId: string; tokenId: string }) {
  const [usage, t] = await Promise.all([
    loadTokenUsage(accountId, tokenId),
    getTranslations("tokenPage.usage"),
  ]);
  if (!usage) notFound();
  const successes = usage.days.reduce((sum, day) => sum + day.successes, 0);
  const refusals = usage.days.reduce((sum, day) => sum + day.refusals, 0);
  return (
    <section
      aria-labelledby="token-usage-heading"
      className="space-y-5 rounded-lg border border-gray-200 bg-white p-4 shadow-xs"
    >
      <div>
        <h2 id="token-usage-heading" className="text-lg font-semibold text-gray-900">
          {t("heading")}
        </h2>
        <p className="mt-1 text-sm text-gray-600">{t("intro")}</p>
      </div>
      <section aria-labelledby="token-usage-chart-heading" className="space-y-2">
        <h3 id="token-usage-chart-heading" className="font-semibold text-gray-900">
          {t("chartHeading")}
        </h3>
        {successes + refusals === 0 ? (
          <p className="text-sm text-gray-600">{t("nothing")}</p>
        ) : (
          <>
            <p className="text-sm text-gray-700">{t("totals", { successes, refusals })}</p>
            <UsageChart days={usage.days} />
            <UsageTable days={usage.days} />
          </>
        )}
      </section>
      <ClientAddresses addresses={usage.addresses} />
    </section>
  );
}
