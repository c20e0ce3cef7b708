import Link from "next/link";
import { KeyRound } from "lucide-react";
import { requireSession } from "@/lib/auth/authorize";
import { UserMenu } from "./_components/user-menu";
import { AccountSwitcher } from "./_components/account-switcher";

// The frame also shows for a user who must still change an initial password (so they can
// reach the change-password page and sign out); every page checks its own access.
export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireSession();
  return (
    <div className="min-h-screen">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex h-14 max-w-7xl items-center justify-between gap-4 px-4 sm:px-6">
          <div className="flex items-center gap-4">
            <Link href="/" className="flex items-center gap-2 font-semibold text-gray-900">
              <KeyRound className="text-brand-600 size-5" aria-hidden />
              Keyward
            </Link>
            {/* Switching accounts is an action like any other: not before the password is changed. */}
            {!ctx.passwordChangeRequired && (
              <AccountSwitcher
                current={ctx.account.name}
                currentId={ctx.account.id}
                accounts={ctx.accounts}
              />
            )}
          </div>
          <UserMenu
            name={ctx.user.name}
            email={ctx.user.email}
            canChooseLanguage={!ctx.passwordChangeRequired}
          />
        </div>
      </header>
      {children}
    </div>
  );
}
