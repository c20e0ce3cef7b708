import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageCapability } from "@/lib/auth/authorize";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { ApiSubpageHeader } from "../_components/api-subpage-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("safety"))("title") };
}

// The tips and their paragraphs, in the catalog's order (every language has English's keys);
// each tip's id is its anchor on this page, which the API page's panel links to.
const TIPS = CATALOGS[DEFAULT_LOCALE].safety.tips;
type TipId = keyof typeof TIPS;
const TIP_IDS = Object.keys(TIPS) as TipId[];
const detailIds = (tip: TipId) => Object.keys(TIPS[tip].details) as (keyof (typeof TIPS)[TipId]["details"])[];

// Every tip of the "Keep your tokens safe" panel, explained; for everyone who sees the API page.
export default async function SafetyTipsPage() {
  await requirePageCapability("api.view");
  const t = await getTranslations("safety");
  return (
    <div className="max-w-3xl space-y-6">
      <ApiSubpageHeader title={t("title")} intro={t("intro")} />
      <ol className="space-y-5">
        {TIP_IDS.map((tip) => (
          <li key={tip} id={tip} className="rounded-lg border border-gray-200 bg-white p-4">
            <h2 className="font-semibold text-gray-900">{t(`tips.${tip}.title`)}</h2>
            {detailIds(tip).map((detail) => (
              <p key={detail} className="mt-2 text-sm text-gray-700">
                {t(`tips.${tip}.details.${detail}` as Parameters<typeof t>[0])}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
