import { useLocale, useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/i18n/format";
import type { ClientAddressDto } from "@/lib/usage/dto";

// The latest distinct addresses that presented the token, most recent first.
export function ClientAddresses({ addresses }: { addresses: ClientAddressDto[] }) {
  const t = useTranslations("tokenPage.usage");
  const locale = useLocale();
  const date = (iso: string) => formatDateTime(iso, locale, { withZone: true });
  const columns: DataColumn<ClientAddressDto>[] = [
    {
      id: "address",
      header: t("address"),
      rowHeader: true,
      className: "font-mono font-normal break-all text-gray-900",
      cell: (a) => a.address,
    },
    {
      id: "firstSeen",
      header: t("firstSeen"),
      className: "whitespace-nowrap text-gray-700",
      cell: (a) => date(a.firstSeenAt),
    },
    {
      id: "lastSeen",
      header: t("lastSeen"),
      className: "whitespace-nowrap text-gray-700",
      cell: (a) => date(a.lastSeenAt),
    },
  ];
  return (
    <section aria-labelledby="token-addresses-heading" className="space-y-2">
      <h3 id="token-addresses-heading" className="font-semibold text-gray-900">
        {t("addressesHeading")}
      </h3>
      <p className="text-sm text-gray-600">{t("addressesIntro")}</p>
      <DataTable
        look="plain"
        caption={t("addressesHeading")}
        columns={columns}
        rows={addresses}
        rowKey={(a) => a.address}
        empty={t("noAddresses")}
      />
    </section>
  );
}
