import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requireSession } from "@/lib/auth/authorize";
import { ChangePasswordForm } from "../_components/change-password-form";
import { PASSWORD_PAGE } from "../_components/messages";

export const metadata: Metadata = { title: "Change password" };

// The one page a user with an initial password can open: every other page sends them here.
export default async function ChangePasswordPage() {
  const ctx = await requireSession();
  return (
    <div className="max-w-lg space-y-6">
      <PageHeader title={PASSWORD_PAGE.title} intro={PASSWORD_PAGE.intro} />
      {ctx.passwordChangeRequired && (
        <p
          role="status"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900"
        >
          {PASSWORD_PAGE.required}
        </p>
      )}
      <ChangePasswordForm />
    </div>
  );
}
