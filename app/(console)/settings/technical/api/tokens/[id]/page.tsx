import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { createLoader, parseAsString, type SearchParams } from "nuqs/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCapability } from "@/lib/auth/authorize";
import { returnToList } from "@/lib/tokens/list-return";
import { loadTokenFormOptions } from "@/lib/tokens/queries/form-options";
import { loadTokenPage } from "@/lib/tokens/queries/token-page";
import { FormOptionsProvider } from "../../_components/form-options-context";
import { TokenDetails } from "./_components/token-details";
import { TokenHistory } from "./_components/token-history";
import { TokenPageActions } from "./_components/token-page-actions";
import { UsageSection } from "./_components/usage-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokenPage"))("title") };
}

const loadReturn = createLoader({ from: parseAsString });

// One token of the signed-in account, every field in full, with its latest history.
// Another account's token, an unknown or a malformed id: 404, the same answer for each.
// Sections stack one under another, so further ones (usage) slot in between.
export default async function TokenPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePageCapability("api.view");
  const [{ id }, { from }, t, locale] = await Promise.all([
    params,
    loadReturn(searchParams),
    getTranslations("tokenPage"),
    getLocale(),
  ]);
  const data = await loadTokenPage({ accountId: ctx.account.id, role: ctx.role, locale }, id);
  if (!data) notFound();
  const { token, history, canManage } = data;
  const backHref = returnToList(from);

  const page = (
    <div className="space-y-6">
      <PageHeader
        title={token.name}
        intro={t("intro")}
        headingId="token-heading"
        back={{ href: backHref, label: t("back") }}
        actions={canManage ? <TokenPageActions token={token} backHref={backHref} /> : undefined}
      />
      {!canManage && (
        <p className="rounded-md border border-gray-200 bg-white p-3 text-sm text-gray-700">
          {t("readOnlyNotice")}
        </p>
      )}
      <TokenDetails token={token} />
      <UsageSection accountId={ctx.account.id} tokenId={token.id} />
      <TokenHistory tokenId={token.id} events={history} />
    </div>
  );
  return canManage ? (
    <FormOptionsProvider options={await loadTokenFormOptions(ctx)}>{page}</FormOptionsProvider>
  ) : (
    page
  );
}
