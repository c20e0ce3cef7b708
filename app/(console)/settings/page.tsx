import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/roles";

export default async function SettingsPage() {
  const ctx = await requireSignedIn();
  if (can(ctx.role, "api.view")) redirect("/settings/technical/api");
  if (can(ctx.role, "members.manage")) redirect("/settings/members");
  return (
    <section className="rounded-lg border border-gray-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Settings</h1>
      <p className="mt-2 text-gray-600">
        Your role in {ctx.account.name} has no settings to manage. An account administrator can give you
        access to API tokens or members.
      </p>
    </section>
  );
}
