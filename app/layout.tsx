import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Toaster } from "@/components/ui/toaster";
import "./globals.css";

// Every page is rendered per request, so each carries the nonce of its own
// Content-Security-Policy (lib/http/security-headers.ts); a page prerendered at build time,
// like the 404 page, would have scripts without one, which the policy blocks. The language
// is per request too (lib/i18n/request.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Keyward", template: "%s · Keyward" }, description: t("description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider>
          <NuqsAdapter>{children}</NuqsAdapter>
          <Toaster
            position="bottom-right"
            richColors
            closeButton
            containerAriaLabel={t("notifications")}
            toastOptions={{ closeButtonAriaLabel: t("closeNotification") }}
          />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
