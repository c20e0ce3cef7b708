"use client";

import { useCallback } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Pencil } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { TokenCardDto } from "@/lib/tokens/dto";
import { deleteTokenFromPageAction } from "../../../actions";
import { TokenActionsMenu } from "../../../_components/token-actions-menu";
import { useTokenActions } from "../../../_components/use-token-actions";

// The card menu's actions on the token's own page, with Edit as a button of its own.
// After Delete the token has no page any more: back to the list the user came from.
export function TokenPageActions({ token, backHref }: { token: TokenCardDto; backHref: string }) {
  const t = useTranslations("tokenPage");
  const router = useRouter();
  const onDeleted = useCallback(() => router.replace(backHref), [router, backHref]);
  const { onAction, registerTrigger, dialog } = useTokenActions("token-heading", {
    action: deleteTokenFromPageAction,
    onDeleted,
  });
  const editOpener = `${token.id}:edit`;

  return (
    <>
      <Button
        ref={registerTrigger(editOpener)}
        variant="secondary"
        disabled={token.status === "revoked"}
        onClick={() => onAction(token, "edit", editOpener)}
      >
        <Pencil className="size-4" aria-hidden />
        {t("edit")}
      </Button>
      <TokenActionsMenu
        token={token}
        canManage
        onAction={(action) => onAction(token, action)}
        ref={registerTrigger(token.id)}
      />
      {dialog}
    </>
  );
}
