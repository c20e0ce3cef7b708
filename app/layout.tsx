import type { Metadata } from "next";
import { GeistSans } from "geist/font/sans";
import { GeistMono } from "geist/font/mono";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Toaster } from "@/components/ui/toaster";
import "./globals.css";

// Every page is rendered per request, so each carries the nonce of its own
// Content-Security-Policy (lib/http/security-headers.ts); a page prerendered at build time,
// like the 404 page, would have scripts without one, which the policy blocks.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Keyward", template: "%s · Keyward" },
  description: "API access tokens and the service that verifies them",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <NuqsAdapter>{children}</NuqsAdapter>
        <Toaster position="bottom-right" richColors closeButton />
      </body>
    </html>
  );
}
