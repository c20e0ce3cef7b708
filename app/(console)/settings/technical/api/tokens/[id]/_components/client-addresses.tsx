import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import type { ClientAddressDto } from "@/lib/usage/dto";

// The latest distinct addresses that presented the token, most recent first.
export function ClientAddresses({ addresses }: { addresses: ClientAddressDto[] }) {
  const t = useTranslations("tokenPage.usage");
  const locale = useLocale();
  const date = (iso: string) => formatDateTime(iso, locale, { withZone: true });
  return (
    <section aria-labelledby="token-addresses-heading" className="space-y-2">
      <h3 id="token-addresses-heading" className="font-semibold text-gray-900">
        {t("addressesHeading")}
      </h3>
      <p className="text-sm text-gray-600">{t("addressesIntro")}</p>
      {addresses.length === 0 ? (
        <p className="text-sm text-gray-600">{t("noAddresses")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">{t("addressesHeading")}</caption>
            <thead className="text-xs text-gray-500">
              <tr>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("address")}
                </th>
                <th scope="col" className="py-1 pr-4 font-medium">
                  {t("firstSeen")}
                </th>
                <th scope="col" className="py-1 font-medium">
                  {t("lastSeen")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {addresses.map((a) => (
                <tr key={a.address}>
                  <th scope="row" className="py-1.5 pr-4 font-mono font-normal break-all text-gray-900">
                    {a.address}
                  </th>
                  <td className="py-1.5 pr-4 whitespace-nowrap text-gray-700">{date(a.firstSeenAt)}</td>
                  <td className="py-1.5 whitespace-nowrap text-gray-700">{date(a.lastSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
