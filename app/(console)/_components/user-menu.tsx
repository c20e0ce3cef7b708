"use client";

import Link from "next/link";
import { useTransition } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { ChevronDown, KeyRound, LogOut, MonitorX, Settings } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { CHANGE_PASSWORD_PATH } from "@/lib/auth/paths";
import { signOutEverywhereAction } from "../settings/account/actions";
import { LanguageChoice } from "./language-choice";

// canChooseLanguage: not while an initial password must be changed (every action but
// that one refuses).
export function UserMenu({
  name,
  email,
  canChooseLanguage,
}: {
  name: string;
  email: string;
  canChooseLanguage: boolean;
}) {
  const t = useTranslations("shell.userMenu");
  const [pending, startTransition] = useTransition();

  // The server ends every session first (this one included); then this browser drops its
  // cookie and goes to the sign-in page.
  function signOutEverywhere() {
    startTransition(async () => {
      const result = await signOutEverywhereAction();
      if (!result.ok) {
        toast.error(result.message ?? t("signOutEverywhereFailed"));
        return;
      }
      await signOut({ callbackUrl: "/login" });
    });
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t("label")}
        className="flex items-center gap-2 rounded-md px-2 py-1.5 text-sm text-gray-700 hover:bg-gray-100"
      >
        <span
          className="bg-brand-600 flex size-7 items-center justify-center rounded-full text-xs font-semibold text-white"
          aria-hidden
        >
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden sm:inline">{name}</span>
        <ChevronDown className="size-4" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuLabel>{email}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings">
            <Settings className="size-4" aria-hidden />
            {t("settings")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href={CHANGE_PASSWORD_PATH}>
            <KeyRound className="size-4" aria-hidden />
            {t("changePassword")}
          </Link>
        </DropdownMenuItem>
        {canChooseLanguage && (
          <>
            <DropdownMenuSeparator />
            <LanguageChoice />
          </>
        )}
        <DropdownMenuSeparator />
        <DropdownMenuItem disabled={pending} onSelect={signOutEverywhere}>
          <MonitorX className="size-4" aria-hidden />
          {t("signOutEverywhere")}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOut({ callbackUrl: "/login" })}>
          <LogOut className="size-4" aria-hidden />
          {t("signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
