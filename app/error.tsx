"use client";

import { useTranslations } from "next-intl";

// Unexpected failures end here; the message shown is generic on purpose (no internals).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors.error");
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-gray-600">{t("body")}</p>
      <button type="button" onClick={reset} className="bg-brand-600 mt-6 rounded-md px-4 py-2 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
