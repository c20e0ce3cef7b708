import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import Link from "next/link";
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
import { API_PAGE } from "./_components/messages";
import { SafetyPanel } from "./_components/safety-panel";
import { TokenFilters } from "./_components/token-filters";
import { TokenList } from "./_components/token-list";
import { TokenPagination } from "./_components/token-pagination";

export const metadata: Metadata = { title: "API" };

export default async function ApiPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePageCapability("api.view");
  const canManage = can(ctx.role, "tokens.manage");
  const filters = await loadTokenListFilters(searchParams);
  const [list, options] = await Promise.all([listTokens(ctx.account.id, filters), loadTokenFormOptions(ctx)]);
  const usage = await loadCardUsage(ctx.account.id, list.tokens);

  return (
    <FormOptionsProvider options={options}>
      <div className="space-y-6">
        <PageHeader
          title={API_PAGE.title}
          intro={API_PAGE.intro}
          headingId="api-heading"
          actions={
            <>
              <Link
                href="/settings/technical/api/docs"
                className="inline-flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900"
              >
                <BookOpen className="size-4" aria-hidden />
                {API_PAGE.usingTheApi}
              </Link>
              {can(ctx.role, "audit.view") && (
                <Link
                  href="/settings/technical/api/audit"
                  className="inline-flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-gray-700 hover:bg-gray-100 hover:text-gray-900"
                >
                  <ScrollText className="size-4" aria-hidden />
                  {API_PAGE.auditLog}
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
            {API_PAGE.readOnlyNotice}
          </p>
        )}

        <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
          <section aria-labelledby="tokens-heading" className="min-w-0 space-y-4">
            {/* Cards title themselves with h3: this keeps the heading outline h1 → h2 → h3. */}
            <h2 id="tokens-heading" className="sr-only">
              {API_PAGE.tokensHeading}
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
                    <TokenList tokens={list.tokens} usage={usage} canManage={canManage} />
                  </BulkArea>
                ) : (
                  <TokenList tokens={list.tokens} usage={usage} canManage={canManage} />
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

function EmptyState({ hasTokens, canManage }: { hasTokens: boolean; canManage: boolean }) {
  const title = hasTokens ? API_PAGE.noMatchesTitle : API_PAGE.emptyTitle;
  const body = hasTokens
    ? API_PAGE.noMatchesBody
    : canManage
      ? API_PAGE.emptyBody
      : API_PAGE.emptyReadOnlyBody;
  return (
    <div className="rounded-lg border border-dashed border-gray-300 bg-white p-10 text-center">
      <KeyRound className="mx-auto size-8 text-gray-400" aria-hidden />
      <h2 className="mt-3 font-semibold text-gray-900">{title}</h2>
      <p className="mt-1 text-sm text-gray-600">{body}</p>
    </div>
  );
}
