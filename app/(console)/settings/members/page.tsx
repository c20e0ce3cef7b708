import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCapability } from "@/lib/auth/authorize";
import { textCollator } from "@/lib/i18n/format";
import { listMembers } from "@/lib/members/list-members";
import { AddMemberDialog } from "./_components/add-member-dialog";
import { MembersTable } from "./_components/members-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members.page"))("title") };
}

const RULES = ["administrators", "deactivation", "technical"] as const;

export default async function MembersPage() {
  const ctx = await requirePageCapability("members.manage");
  const t = await getTranslations("members.page");
  // Sorted as the reader's language sorts names ("Émilie" with the E's, not after "Zoé").
  const byName = textCollator(await getLocale());
  const members = (await listMembers(ctx.account.id)).sort((a, b) => byName.compare(a.name, b.name));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        intro={t("intro", { account: ctx.account.name })}
        headingId="members-heading"
        actions={<AddMemberDialog />}
      />
      <MembersTable members={members} currentUserId={ctx.user.id} />
      <section
        aria-labelledby="members-rules"
        className="rounded-lg border border-gray-200 bg-white p-4 text-sm text-gray-700"
      >
        <h2 id="members-rules" className="font-semibold text-gray-900">
          {t("rulesTitle")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {RULES.map((rule) => (
            <li key={rule}>{t(`rules.${rule}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
