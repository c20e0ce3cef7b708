import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCapability } from "@/lib/auth/authorize";
import { SAFETY } from "../_components/messages";

export const metadata: Metadata = { title: SAFETY.title };

// Every tip of the "Keep your tokens safe" panel, explained; for everyone who sees the API page.
export default async function SafetyTipsPage() {
  await requirePageCapability("api.view");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={SAFETY.title}
        intro={SAFETY.pageIntro}
        back={{ href: "/settings/technical/api", label: SAFETY.backToApi }}
      />
      <ol className="space-y-5">
        {SAFETY.tips.map((tip) => (
          <li key={tip.id} id={tip.id} className="rounded-lg border border-gray-200 bg-white p-4">
            <h2 className="font-semibold text-gray-900">{tip.title}</h2>
            {tip.details.map((detail) => (
              <p key={detail} className="mt-2 text-sm text-gray-700">
                {detail}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
