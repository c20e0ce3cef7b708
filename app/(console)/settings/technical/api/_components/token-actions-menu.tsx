"use client";

import { forwardRef } from "react";
import { Ban, Copy, GitBranch, MoreHorizontal, Pencil, Power, RotateCcw, Trash2 } from "lucide-react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { TokenCardDto } from "@/lib/tokens/dto";
import { CARD, MENU } from "./messages";

export type TokenMenuAction = "edit" | "duplicate" | "reset" | "version" | "toggle" | "revoke" | "delete";

// A revoked token can only be duplicated or deleted: revocation is permanent.
export const TokenActionsMenu = forwardRef<
  HTMLButtonElement,
  { token: Pick<TokenCardDto, "name" | "status" | "disabled">; onAction: (action: TokenMenuAction) => void }
>(function TokenActionsMenu({ token, onAction }, ref) {
  const revoked = token.status === "revoked";
  const disabled = token.disabled;
  // Not modal: a modal menu hides the rest of the page with aria-hidden while its buttons
  // stay focusable (axe: aria-hidden-focus). Escape, outside clicks and focus return work
  // the same either way.
  return (
    <DropdownMenu modal={false}>
      <DropdownMenuTrigger
        ref={ref}
        aria-label={CARD.moreActions(token.name)}
        className="rounded-md p-1.5 text-gray-500 hover:bg-gray-100 hover:text-gray-900"
      >
        <MoreHorizontal className="size-5" aria-hidden />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem disabled={revoked} onSelect={() => onAction("edit")}>
          <Pencil className="size-4" aria-hidden /> {MENU.edit}
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onAction("duplicate")}>
          <Copy className="size-4" aria-hidden /> {MENU.duplicate}
        </DropdownMenuItem>
        <DropdownMenuItem disabled={revoked} onSelect={() => onAction("reset")}>
          <RotateCcw className="size-4" aria-hidden /> {MENU.reset}
        </DropdownMenuItem>
        <DropdownMenuItem disabled={revoked} onSelect={() => onAction("version")}>
          <GitBranch className="size-4" aria-hidden /> {MENU.updateVersion}
        </DropdownMenuItem>
        <DropdownMenuItem disabled={revoked} onSelect={() => onAction("toggle")}>
          <Power className="size-4" aria-hidden /> {disabled ? MENU.enable : MENU.disable}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem destructive disabled={revoked} onSelect={() => onAction("revoke")}>
          <Ban className="size-4" aria-hidden /> {MENU.revoke}
        </DropdownMenuItem>
        <DropdownMenuItem destructive onSelect={() => onAction("delete")}>
          <Trash2 className="size-4" aria-hidden /> {MENU.delete}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
});
