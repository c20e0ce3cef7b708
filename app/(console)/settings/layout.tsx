import { requireSignedIn } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/roles";
import { SettingsNav, type NavGroup } from "./_components/settings-nav";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireSignedIn();
  const groups: NavGroup[] = [];
  if (can(ctx.role, "api.view")) {
    groups.push({ label: "Technical", links: [{ href: "/settings/technical/api", label: "API" }] });
  }
  if (can(ctx.role, "members.manage")) {
    groups.push({ label: "Account", links: [{ href: "/settings/members", label: "Members" }] });
  }
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 md:flex-row">
      <SettingsNav groups={groups} />
      <main className="min-w-0 flex-1">{children}</main>
    </div>
  );
}
