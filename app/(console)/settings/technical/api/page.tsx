import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BookOpen, KeyRound, ScrollText } from "lucide-react";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCapability } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/roles";
import { loadTokenListFilters } from "@/lib/tokens/list-filters";
import { toBulkTokens } from "@/lib/tokens/bulk/bulk-token";
import { listTokens } from "@/lib/tokens/queries/list-tokens";
import { loadTokenFormOptions } from "@/lib/tokens/queries/form-options";
import { loadCardUsage } from "@/lib/usage/queries/card-usage";
import { ApiAccessSwitch } from "./_components/api-access-switch";
import { BulkArea } from "./_components/bulk/bulk-area";
import { CreateTokenDialog } from "./_components/create-token-dialog";
import { FormOptionsProvider } from "./_components/form-options-context";
import { SafetyPanel } from "./_components/safety-panel";
import { TokenFilters } from "./_components/token-filters";
import { TokenList } from "./_components/token-list";
import { TokenPagination } from "./_components/token-pagination";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api.page"))("title") };
}

export default async function ApiPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePageCapability("api.view");
  const canManage = can(ctx.role, "tokens.manage");
  const filters = await loadTokenListFilters(searchParams);
  const [list, options] = await Promise.all([listTokens(ctx.account.id, filters), loadTokenFormOptions(ctx)]);
  const usage = await loadCardUsage(ctx.account.id, list.tokens);
  const t = await getTranslations("api.page");
  // One "now" for the whole list, so relative times read the same on the server and in the browser.
  const now = new Date().toISOString();

  return (
    <FormOptionsProvider options={options}>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          intro={t("intro")}
          headingId="api-heading"
          actions={
            <>
              <Link
                href="/settings/technical/api/docs"
                className="inline-flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900"
              >
                <BookOpen className="size-4" aria-hidden />
                {t("usingTheApi")}
              </Link>
              {can(ctx.role, "audit.view") && (
                <Link
                  href="/settings/technical/api/audit"
                  className="inline-flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900"
                >
                  <ScrollText className="size-4" aria-hidden />
                  {t("auditLog")}
                </Link>
              )}
              <ApiAccessSwitch
                enabled={ctx.account.apiAccessEnabled}
                canChange={can(ctx.role, "api.toggleAccess")}
              />
              {canManage && <CreateTokenDialog />}
            </>
          }
        />

        {!canManage && (
          <p className="rounded-md border border-gray-200 bg-white p-3 text-sm text-gray-700">
            {t("readOnlyNotice")}
          </p>
        )}

        <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
          <section aria-labelledby="tokens-heading" className="min-w-0 space-y-4">
            {/* Cards title themselves with h3: this keeps the heading outline h1 → h2 → h3. */}
            <h2 id="tokens-heading" className="sr-only">
              {t("tokensHeading")}
            </h2>
            {list.accountHasTokens && <TokenFilters />}
            {list.tokens.length > 0 ? (
              <>
                {canManage ? (
                  // Keyed by the view: another filter or page starts a new selection.
                  <BulkArea
                    key={JSON.stringify(filters)}
                    tokens={toBulkTokens(list.tokens)}
                    total={list.total}
                  >
                    <TokenList tokens={list.tokens} usage={usage} canManage={canManage} now={now} />
                  </BulkArea>
                ) : (
                  <TokenList tokens={list.tokens} usage={usage} canManage={canManage} now={now} />
                )}
                <TokenPagination page={list.page} pageSize={list.pageSize} total={list.total} />
              </>
            ) : (
              <EmptyState hasTokens={list.accountHasTokens} canManage={canManage} />
            )}
          </section>
          <SafetyPanel />
        </div>
      </div>
    </FormOptionsProvider>
  );
}

async function EmptyState({ hasTokens, canManage }: { hasTokens: boolean; canManage: boolean }) {
  const t = await getTranslations("api.page");
  const title = hasTokens ? t("noMatchesTitle") : t("emptyTitle");
  const body = hasTokens ? t("noMatchesBody") : canManage ? t("emptyBody") : t("emptyReadOnlyBody");
  return (
    <div className="rounded-lg border border-dashed border-gray-300 bg-white p-10 text-center">
      <KeyRound className="mx-auto size-8 text-gray-400" aria-hidden />
      <h2 className="mt-3 font-semibold text-gray-900">{title}</h2>
      <p className="mt-1 text-sm text-gray-600">{body}</p>
    </div>
  );
}
