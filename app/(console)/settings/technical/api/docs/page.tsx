import type { Metadata } from "next";
import { FileJson } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCapability } from "@/lib/auth/authorize";
import { config } from "@/lib/config/env";
import { verificationExamples, type ExampleId } from "@/lib/verification/docs/examples";
import { OPENAPI_PATH } from "@/lib/verification/docs/openapi";
import { CodeExample } from "./_components/code-example";
import { DOCS_PAGE } from "./_components/messages";
import { StatusTable } from "./_components/status-table";

export const metadata: Metadata = { title: DOCS_PAGE.title };

const CHECK_EXAMPLES: ExampleId[] = ["curl-check", "nginx", "traefik", "envoy"];
const INTROSPECT_EXAMPLES: ExampleId[] = ["curl-introspect", "resource-server"];

// The verification API, documented for every role that sees the API page. The examples carry
// the configured public URL (NEXTAUTH_URL), never the Host header of this request.
export default async function ApiDocsPage() {
  await requirePageCapability("api.view");
  const publicUrl = config().start.publicUrl.replace(/\/+$/, "");
  const examples = new Map(verificationExamples(publicUrl).map((e) => [e.id, e]));
  const pick = (ids: ExampleId[]) => ids.flatMap((id) => examples.get(id) ?? []);

  return (
    <div className="max-w-4xl space-y-8">
      <PageHeader
        title={DOCS_PAGE.title}
        intro={DOCS_PAGE.intro}
        back={{ href: "/settings/technical/api", label: DOCS_PAGE.backToApi }}
        actions={
          <a
            href={OPENAPI_PATH}
            className="focus-visible:outline-brand-600 inline-flex items-center gap-2 rounded-md border border-gray-300 bg-white px-3.5 py-2 text-sm font-medium text-gray-900 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2"
          >
            <FileJson className="size-4" aria-hidden />
            {DOCS_PAGE.openApi}
          </a>
        }
      />

      <div className="space-y-2 rounded-lg border border-gray-200 bg-white p-4 text-sm text-gray-700">
        <p>
          {DOCS_PAGE.baseUrl}: <code className="font-mono text-gray-900">{publicUrl}</code>
        </p>
        <p>{DOCS_PAGE.tokensInHeader}</p>
        <p>{DOCS_PAGE.trustedProxies}</p>
      </div>

      <section aria-labelledby="docs-check" className="space-y-5">
        <h2 id="docs-check" className="text-lg font-semibold text-gray-900">
          {DOCS_PAGE.check.heading}
        </h2>
        <p className="text-sm text-gray-700">{DOCS_PAGE.check.body}</p>
        <StatusTable caption={DOCS_PAGE.statusHeading} rows={DOCS_PAGE.checkStatuses} />
        {pick(CHECK_EXAMPLES).map((example) => (
          <CodeExample key={example.id} example={example} />
        ))}
      </section>

      <section aria-labelledby="docs-introspect" className="space-y-5">
        <h2 id="docs-introspect" className="text-lg font-semibold text-gray-900">
          {DOCS_PAGE.introspect.heading}
        </h2>
        <p className="text-sm text-gray-700">{DOCS_PAGE.introspect.body}</p>
        <StatusTable caption={DOCS_PAGE.statusHeading} rows={DOCS_PAGE.introspectStatuses} />
        {pick(INTROSPECT_EXAMPLES).map((example) => (
          <CodeExample key={example.id} example={example} />
        ))}
      </section>

      <section aria-labelledby="docs-openapi" className="space-y-2">
        <h2 id="docs-openapi" className="text-lg font-semibold text-gray-900">
          {DOCS_PAGE.openApi}
        </h2>
        <p className="text-sm text-gray-700">
          {DOCS_PAGE.openApiBody}{" "}
          <a href={OPENAPI_PATH} className="text-brand-700 font-mono underline underline-offset-2">
            {publicUrl}
            {OPENAPI_PATH}
          </a>
        </p>
      </section>
    </div>
  );
}
