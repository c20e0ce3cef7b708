import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors.notFound");
  return (
    <main className="mx-auto max-w-lg px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-3 text-gray-600">{t("body")}</p>
      <Link href="/" className="text-brand-600 mt-6 inline-block underline">
        {t("home")}
      </Link>
    </main>
  );
}
