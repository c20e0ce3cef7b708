import Link from "next/link";
import { ArrowRight, ShieldCheck } from "lucide-react";
import { getTranslations } from "next-intl/server";

export const SAFETY_PATH = "/settings/technical/api/safety";

// The catalog's keys of the tips, in the order the full page gives them.
const TIPS = [
  "shareAndStore",
  "encrypt",
  "rotate",
  "limitScopes",
  "reset",
  "disableOrDelete",
  "contacts",
] as const;

// The short form of every tip; the full page (SAFETY_PATH) explains each one.
export async function SafetyPanel() {
  const t = await getTranslations("api.safety");
  return (
    <aside
      aria-labelledby="safety-title"
      className="border-brand-600/20 bg-brand-600/5 rounded-lg border p-4"
    >
      <h2 id="safety-title" className="flex items-center gap-2 text-sm font-semibold text-gray-900">
        <ShieldCheck className="text-brand-600 size-4" aria-hidden />
        {t("title")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-gray-700">
        {TIPS.map((tip) => (
          <li key={tip}>{t(`tips.${tip}`)}</li>
        ))}
      </ul>
      <Link
        href={SAFETY_PATH}
        className="text-brand-700 mt-3 inline-flex items-center gap-1 text-sm font-medium underline-offset-2 hover:underline"
      >
        {t("allTips")}
        <ArrowRight className="size-4" aria-hidden />
      </Link>
    </aside>
  );
}
