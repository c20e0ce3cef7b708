import { getTranslations } from "next-intl/server";
import { requireSession } from "@/lib/auth/authorize";
import { CHANGE_PASSWORD_PATH } from "@/lib/auth/paths";
import { can } from "@/lib/auth/roles";
import { SettingsNav, type NavGroup } from "./_components/settings-nav";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  // A user who must change an initial password sees only that page (lib/auth/authorize.ts).
  const ctx = await requireSession();
  const t = await getTranslations("settings.nav");
  const groups: NavGroup[] = [];
  const working = !ctx.passwordChangeRequired;
  if (working && can(ctx.role, "api.view")) {
    const links = [{ href: "/settings/technical/api", label: t("api") }];
    if (can(ctx.role, "webhooks.view"))
      links.push({ href: "/settings/technical/webhooks", label: t("webhooks") });
    groups.push({ label: t("technical"), links });
  }
  if (working && can(ctx.role, "members.manage")) {
    groups.push({ label: t("account"), links: [{ href: "/settings/members", label: t("members") }] });
  }
  groups.push({ label: t("you"), links: [{ href: CHANGE_PASSWORD_PATH, label: t("password") }] });
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 md:flex-row">
      <SettingsNav groups={groups} />
      <main className="min-w-0 flex-1">{children}</main>
    </div>
  );
}
