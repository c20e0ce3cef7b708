import type { Metadata } from "next";
import { requirePageCapability } from "@/lib/auth/authorize";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { listMembers } from "@/lib/members/list-members";
import { Badge } from "@/components/ui/badge";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const ctx = await requirePageCapability("members.manage");
  const members = await listMembers(ctx.account.id);
  return (
    <section>
      <h1 className="text-2xl font-semibold">Members</h1>
      <p className="mt-1 text-sm text-gray-600">People and technical users of {ctx.account.name}, with their roles.</p>
      <div className="mt-6 overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <thead className="bg-gray-50 text-left text-gray-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Name</th>
              <th scope="col" className="px-4 py-2 font-medium">Email</th>
              <th scope="col" className="px-4 py-2 font-medium">Role</th>
              <th scope="col" className="px-4 py-2 font-medium">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {members.map((m) => (
              <tr key={m.userId}>
                <td className="px-4 py-2">
                  {m.name} {m.isTechnical && <Badge tone="gray">Technical user</Badge>}
                </td>
                <td className="px-4 py-2">{m.email}</td>
                <td className="px-4 py-2">{ROLE_LABELS[m.role]}</td>
                <td className="px-4 py-2">
                  {m.active ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Deactivated</Badge>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
