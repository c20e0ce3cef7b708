import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/authorize";
import { ChangePasswordForm } from "../_components/change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account.password"))("title") };
}

// The one page a user with an initial password can open: every other page sends them here.
export default async function ChangePasswordPage() {
  const ctx = await requireSession();
  const t = await getTranslations("account.password");
  return (
    <div className="max-w-lg space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {ctx.passwordChangeRequired && (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          {t("required")}
        </p>
      )}
      <ChangePasswordForm />
    </div>
  );
}
