import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FileJson } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { requirePageCapability } from "@/lib/auth/authorize";
import { config } from "@/lib/config/env";
import { verificationExamples, type ExampleId } from "@/lib/verification/docs/examples";
import { OPENAPI_PATH } from "@/lib/verification/docs/openapi";
import { CodeExample } from "./_components/code-example";
import { StatusTable, type StatusRow } from "./_components/status-table";
import { ApiSubpageHeader } from "../_components/api-subpage-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("docs"))("title") };
}

const CHECK_EXAMPLES: ExampleId[] = ["curl-check", "nginx", "traefik", "envoy"];
const INTROSPECT_EXAMPLES: ExampleId[] = ["curl-introspect", "resource-server"];

// Status codes are code: they stay as they are; their meanings come from the catalog.
const CHECK_STATUSES = [
  ["204", "ok"],
  ["401", "unauthorized"],
  ["403", "forbidden"],
  ["413", "tooLarge"],
  ["429", "tooMany"],
  ["503", "unavailable"],
] as const satisfies readonly StatusRow<string>[];

const INTROSPECT_STATUSES = [
  ["200", "ok"],
  ["400", "badRequest"],
  ["401 / 403", "refused"],
  ["405", "methodNotAllowed"],
  ["413", "tooLarge"],
  ["429 / 503", "limited"],
] as const satisfies readonly StatusRow<string>[];

// The verification API, documented for every role that sees the API page. The examples carry
// the configured public URL (NEXTAUTH_URL), never the Host header of this request.
export default async function ApiDocsPage() {
  await requirePageCapability("api.view");
  const t = await getTranslations("docs");
  const publicUrl = config().start.publicUrl.replace(/\/+$/, "");
  const examples = new Map(verificationExamples(publicUrl).map((e) => [e.id, e]));
  const pick = (ids: ExampleId[]) => ids.flatMap((id) => examples.get(id) ?? []);

  return (
    <div className="max-w-4xl space-y-8">
      <ApiSubpageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <a href={OPENAPI_PATH} className={buttonClass("secondary")}>
            <FileJson className="size-4" aria-hidden />
            {t("openApi")}
          </a>
        }
      />

      <div className="space-y-2 rounded-lg border border-gray-200 bg-white p-4 text-sm text-gray-700">
        <p>
          {t("baseUrl")} <code className="font-mono text-gray-900">{publicUrl}</code>
        </p>
        <p>{t("tokensInHeader")}</p>
        <p>{t("trustedProxies")}</p>
      </div>

      <section aria-labelledby="docs-check" className="space-y-5">
        <h2 id="docs-check" className="text-lg font-semibold text-gray-900">
          {t("check.heading")}
        </h2>
        <p className="text-sm text-gray-700">{t("check.body")}</p>
        <StatusTable
          caption={t("statusHeading")}
          rows={CHECK_STATUSES}
          meaning={(key) => t(`checkStatuses.${key}`)}
        />
        {pick(CHECK_EXAMPLES).map((example) => (
          <CodeExample key={example.id} example={example} />
        ))}
      </section>

      <section aria-labelledby="docs-introspect" className="space-y-5">
        <h2 id="docs-introspect" className="text-lg font-semibold text-gray-900">
          {t("introspect.heading")}
        </h2>
        <p className="text-sm text-gray-700">{t("introspect.body")}</p>
        <StatusTable
          caption={t("statusHeading")}
          rows={INTROSPECT_STATUSES}
          meaning={(key) => t(`introspectStatuses.${key}`)}
        />
        {pick(INTROSPECT_EXAMPLES).map((example) => (
          <CodeExample key={example.id} example={example} />
        ))}
      </section>

      <section aria-labelledby="docs-openapi" className="space-y-2">
        <h2 id="docs-openapi" className="text-lg font-semibold text-gray-900">
          {t("openApi")}
        </h2>
        <p className="text-sm text-gray-700">
          {t("openApiBody")}{" "}
          <a href={OPENAPI_PATH} className="text-brand-700 font-mono underline underline-offset-2">
            {publicUrl}
            {OPENAPI_PATH}
          </a>
        </p>
      </section>
    </div>
  );
}
