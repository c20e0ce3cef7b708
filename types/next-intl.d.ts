import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/catalogs";

// Typed keys: t("members.page.titel") is a compile error, not an English fallback at run time.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
