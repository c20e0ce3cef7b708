"use client";

import { forwardRef } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import {
  Ban,
  Copy,
  GitBranch,
  History,
  MoreHorizontal,
  Pencil,
  Power,
  RotateCcw,
  Trash2,
} from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { tokenHistoryHref } from "@/lib/audit/log-filters";
import type { TokenCardDto } from "@/lib/tokens/dto";

export type TokenMenuAction = "edit" | "duplicate" | "reset" | "version" | "toggle" | "revoke" | "delete";

// A revoked token can only be duplicated or deleted: revocation is permanent. Roles that
// only read (support staff) get the menu with History alone.
export const TokenActionsMenu = forwardRef<
  HTMLButtonElement,
  {
    token: Pick<TokenCardDto, "id" | "name" | "status" | "disabled">;
    canManage: boolean;
    onAction: (action: TokenMenuAction) => void;
  }
>(function TokenActionsMenu({ token, canManage, onAction }, ref) {
  const revoked = token.status === "revoked";
  const disabled = token.disabled;
  const t = useTranslations("api");
  // Not modal: a modal menu hides the rest of the page with aria-hidden while its buttons
  // stay focusable (axe: aria-hidden-focus). Escape, outside clicks and focus return work
  // the same either way.
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger
        ref={ref}
        aria-label={t("card.moreActions", { name: token.name })}
        className="rounded-md p-1.5 text-gray-500 hover:bg-gray-100 hover:text-gray-900"
      >
        <MoreHorizontal className="size-5" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        {canManage ? <ManageItems revoked={revoked} disabled={disabled} onAction={onAction} /> : null}
        <DropdownMenuItem asChild>
          <Link href={tokenHistoryHref(token.id)}>
            <History className="size-4" aria-hidden /> {t("menu.history")}
          </Link>
        </DropdownMenuItem>
        {canManage ? <DestructiveItems revoked={revoked} onAction={onAction} /> : null}
      </DropdownMenuContent>
    </DropdownMenu>
  );
});

type ItemsProps = { revoked: boolean; onAction: (action: TokenMenuAction) => void };

function ManageItems({ revoked, disabled, onAction }: ItemsProps & { disabled: boolean }) {
  const t = useTranslations("api.menu");
  return (
    <>
      <DropdownMenuItem disabled={revoked} onSelect={() => onAction("edit")}>
        <Pencil className="size-4" aria-hidden /> {t("edit")}
      </DropdownMenuItem>
      <DropdownMenuItem onSelect={() => onAction("duplicate")}>
        <Copy className="size-4" aria-hidden /> {t("duplicate")}
      </DropdownMenuItem>
      <DropdownMenuItem disabled={revoked} onSelect={() => onAction("reset")}>
        <RotateCcw className="size-4" aria-hidden /> {t("reset")}
      </DropdownMenuItem>
      <DropdownMenuItem disabled={revoked} onSelect={() => onAction("version")}>
        <GitBranch className="size-4" aria-hidden /> {t("updateVersion")}
      </DropdownMenuItem>
      <DropdownMenuItem disabled={revoked} onSelect={() => onAction("toggle")}>
        <Power className="size-4" aria-hidden /> {disabled ? t("enable") : t("disable")}
      </DropdownMenuItem>
    </>
  );
}

function DestructiveItems({ revoked, onAction }: ItemsProps) {
  const t = useTranslations("api.menu");
  return (
    <>
      <DropdownMenuSeparator />
      <DropdownMenuItem destructive disabled={revoked} onSelect={() => onAction("revoke")}>
        <Ban className="size-4" aria-hidden /> {t("revoke")}
      </DropdownMenuItem>
      <DropdownMenuItem destructive onSelect={() => onAction("delete")}>
        <Trash2 className="size-4" aria-hidden /> {t("delete")}
      </DropdownMenuItem>
    </>
  );
}
