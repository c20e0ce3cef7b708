import { createTranslator } from "next-intl";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { Locale } from "@/lib/i18n/locales";
import { renderMessage, type NoticeMessage } from "../compose";

// What the notice says about its endpoint: never the signing secret.
export type DisabledEndpoint = { id: string; url: string; accountName: string };

export function endpointPageUrl(publicUrl: string, endpointId: string): string {
  return new URL(`/settings/technical/webhooks/${encodeURIComponent(endpointId)}`, publicUrl).toString();
}

// The notice that Keyward disabled an endpoint after 24 hours of failures, in the
// recipient's language.
export function composeEndpointDisabled(
  endpoint: DisabledEndpoint,
  locale: Locale,
  publicUrl: string,
): NoticeMessage {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "notices" });
  const values = { url: endpoint.url, account: endpoint.accountName };
  return renderMessage({
    subject: t("endpointDisabled.subject", values),
    paragraphs: [t("greeting"), t("endpointDisabled.intro", values), t("endpointDisabled.consequence")],
    action: t("endpointDisabled.action"),
    link: endpointPageUrl(publicUrl, endpoint.id),
    reason: t("endpointDisabled.reason"),
  });
}
