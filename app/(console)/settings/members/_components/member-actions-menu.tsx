"use client";

import { forwardRef } from "react";
import { useTranslations } from "next-intl";
import { KeyRound, MoreHorizontal, Power, ShieldCheck, UserX } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { MemberRow } from "@/lib/members/list-members";

export type MemberMenuAction = "role" | "password" | "deactivate" | "reactivate";

export const MemberActionsMenu = forwardRef<
  HTMLButtonElement,
  {
    member: Pick<MemberRow, "name" | "active">;
    // Not for technical users (no password) nor for the administrator's own row.
    canSetPassword: boolean;
    onAction: (action: MemberMenuAction) => void;
  }
>(function MemberActionsMenu({ member, canSetPassword, onAction }, ref) {
  const t = useTranslations("members.menu");
  // Not modal, as on the API page: a modal menu hides the page with aria-hidden while its
  // trigger stays focusable (axe: aria-hidden-focus).
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger
        ref={ref}
        aria-label={t("moreActions", { name: member.name })}
        className="rounded-md p-1.5 text-gray-500 hover:bg-gray-100 hover:text-gray-900"
      >
        <MoreHorizontal className="size-5" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem onSelect={() => onAction("role")}>
          <ShieldCheck className="size-4" aria-hidden /> {t("changeRole")}
        </DropdownMenuItem>
        {canSetPassword && (
          <DropdownMenuItem onSelect={() => onAction("password")}>
            <KeyRound className="size-4" aria-hidden /> {t("setPassword")}
          </DropdownMenuItem>
        )}
        {member.active ? (
          <DropdownMenuItem destructive onSelect={() => onAction("deactivate")}>
            <UserX className="size-4" aria-hidden /> {t("deactivate")}
          </DropdownMenuItem>
        ) : (
          <DropdownMenuItem onSelect={() => onAction("reactivate")}>
            <Power className="size-4" aria-hidden /> {t("reactivate")}
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
});
