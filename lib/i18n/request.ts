import { getRequestConfig } from "next-intl/server";
import { CATALOGS } from "./catalogs";
import { DISPLAY_TIME_ZONE } from "./locales";
import { requestLocale } from "./request-locale";

// next-intl's request configuration (named in next.config.mjs), without locale routing:
// the language comes from the user or the browser, never from the path.
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: CATALOGS[locale], timeZone: DISPLAY_TIME_ZONE };
});
