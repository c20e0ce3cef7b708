import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageCapability } from "@/lib/auth/authorize";
import { listMembers } from "@/lib/members/list-members";
import { AddMemberDialog } from "./_components/add-member-dialog";
import { MembersTable } from "./_components/members-table";
import { MEMBERS_PAGE } from "./_components/messages";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const ctx = await requirePageCapability("members.manage");
  const members = await listMembers(ctx.account.id);
  return (
    <div className="space-y-6">
      <PageHeader
        title={MEMBERS_PAGE.title}
        intro={MEMBERS_PAGE.intro(ctx.account.name)}
        headingId="members-heading"
        actions={<AddMemberDialog />}
      />
      <MembersTable members={members} currentUserId={ctx.user.id} />
      <section
        aria-labelledby="members-rules"
        className="rounded-lg border border-gray-200 bg-white p-4 text-sm text-gray-700"
      >
        <h2 id="members-rules" className="font-semibold text-gray-900">
          {MEMBERS_PAGE.rulesTitle}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {MEMBERS_PAGE.rules.map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
