"use client";

import { useCallback, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import { useFocusReturn } from "@/components/ui/use-focus-return";
import type { ActionState } from "@/lib/commands/result";
import type { TokenCardDto } from "@/lib/tokens/dto";
import { deleteTokenAction, revokeTokenAction, setTokenEnabledAction } from "../actions";
import { ConfirmTokenDialog } from "./confirm-token-dialog";
import { DuplicateTokenDialog } from "./duplicate-token-dialog";
import { EditTokenDialog } from "./edit-token-dialog";
import { ResetTokenDialog } from "./reset-token-dialog";
import type { TokenMenuAction } from "./token-actions-menu";
import type { TokenDialogProps } from "./token-dialog-props";
import { UpdateVersionDialog } from "./update-version-dialog";

type OpenDialog = { action: Exclude<TokenMenuAction, "toggle">; token: TokenCardDto };

type DeleteOptions = {
  // The delete action to post to, and what to do once the token is gone.
  action?: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  onDeleted?: () => void;
};

// The card menu's actions wherever a token is shown (the list, the token's page): one
// dialog at a time, Enable/Disable at once with a toast, and focus back on whatever opened
// the dialog, or on `fallbackId` (the page heading) when that control is gone. The dialog
// is rendered by the caller, outside any card, so it survives its card leaving the list.
export function useTokenActions(fallbackId: string, onDelete: DeleteOptions = {}) {
  const t = useTranslations("api");
  const [open, setOpen] = useState<OpenDialog | null>(null);
  const [, startTransition] = useTransition();
  const { registerTrigger, rememberOpener, returnFocus } = useFocusReturn(fallbackId);
  const close = useCallback(() => setOpen(null), []);

  function onAction(token: TokenCardDto, action: TokenMenuAction, opener = token.id) {
    rememberOpener(opener);
    if (action !== "toggle") {
      setOpen({ action, token });
      return;
    }
    const enable = token.disabled;
    startTransition(async () => {
      const result = await setTokenEnabledAction(token.id, enable);
      if (result.ok) toast.success(enable ? t("toast.enabled") : t("toast.disabled"));
      else toast.error(result.message ?? t("card.toggleFailed"));
    });
  }

  const dialog = open ? (
    <TokenDialog open={open} onClose={close} onCloseAutoFocus={returnFocus} onDelete={onDelete} />
  ) : null;
  return { onAction, registerTrigger, dialog };
}

function TokenDialog({
  open,
  onDelete,
  ...props
}: { open: OpenDialog; onDelete: DeleteOptions } & Omit<TokenDialogProps, "token">) {
  const t = useTranslations("api");
  const dialogProps = { ...props, token: open.token };
  const name = open.token.name;
  switch (open.action) {
    case "edit":
      return <EditTokenDialog key={open.token.id} {...dialogProps} />;
    case "duplicate":
      return <DuplicateTokenDialog {...dialogProps} />;
    case "reset":
      return <ResetTokenDialog {...dialogProps} />;
    case "version":
      return <UpdateVersionDialog {...dialogProps} />;
    case "revoke":
      return (
        <ConfirmTokenDialog
          {...dialogProps}
          title={t("revoke.title", { name })}
          body={t("revoke.body")}
          confirmLabel={t("revoke.confirm")}
          successToast={t("toast.revoked")}
          action={revokeTokenAction}
        />
      );
    case "delete":
      return (
        <ConfirmTokenDialog
          {...dialogProps}
          title={t("delete.title", { name })}
          body={t("delete.body")}
          confirmLabel={t("delete.confirm")}
          successToast={t("toast.deleted")}
          action={onDelete.action ?? deleteTokenAction}
          onDone={onDelete.onDeleted}
        />
      );
  }
}
