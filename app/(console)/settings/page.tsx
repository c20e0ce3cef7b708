import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "@/lib/auth/authorize";
import { can } from "@/lib/auth/roles";

export default async function SettingsPage() {
  const ctx = await requireSignedIn();
  if (can(ctx.role, "api.view")) redirect("/settings/technical/api");
  if (can(ctx.role, "members.manage")) redirect("/settings/members");
  const t = await getTranslations("settings.empty");
  return (
    <section className="rounded-lg border border-gray-200 bg-white p-6">
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-gray-600">{t("body", { account: ctx.account.name })}</p>
    </section>
  );
}
