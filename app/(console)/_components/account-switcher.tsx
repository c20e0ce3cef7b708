"use client";

import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { Check, ChevronsUpDown } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { switchAccount } from "../actions/switch-account";

type AccountChoice = { id: string; name: string };

// Only shown to people who belong to more than one account.
export function AccountSwitcher({
  current,
  currentId,
  accounts,
}: {
  current: string;
  currentId: string;
  accounts: AccountChoice[];
}) {
  const t = useTranslations("shell.accountSwitcher");
  const [pending, startTransition] = useTransition();
  if (accounts.length < 2) return <span className="text-sm text-gray-600">{current}</span>;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label={t("label", { account: current })}
        disabled={pending}
        className="flex items-center gap-1 rounded-md px-2 py-1 text-sm text-gray-700 hover:bg-gray-100"
      >
        {current}
        <ChevronsUpDown className="size-4" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        {accounts.map((account) => (
          <DropdownMenuItem
            key={account.id}
            onSelect={() => startTransition(() => switchAccount(account.id))}
          >
            <Check className={account.id === currentId ? "size-4" : "invisible size-4"} aria-hidden />
            {account.name}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
