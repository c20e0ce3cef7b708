"use client";

import { useCallback, useState, useTransition } from "react";
import { toast } from "sonner";
import type { TokenCardDto } from "@/lib/tokens/dto";
import type { CardUsageDto } from "@/lib/usage/dto";
import { useFocusReturn } from "@/components/ui/use-focus-return";
import { deleteTokenAction, revokeTokenAction, setTokenEnabledAction } from "../actions";
import { ConfirmTokenDialog } from "./confirm-token-dialog";
import { DuplicateTokenDialog } from "./duplicate-token-dialog";
import { EditTokenDialog } from "./edit-token-dialog";
import { CARD, DELETE, REVOKE, TOAST } from "./messages";
import { ResetTokenDialog } from "./reset-token-dialog";
import { TokenActionsMenu, type TokenMenuAction } from "./token-actions-menu";
import { TokenCard } from "./token-card";
import type { TokenDialogProps } from "./token-dialog-props";
import { UpdateVersionDialog } from "./update-version-dialog";

type OpenDialog = { action: Exclude<TokenMenuAction, "toggle">; token: TokenCardDto };

// The dialogs live here rather than in each card, so a dialog survives its card leaving the
// list (delete, or a filter no longer matching) and focus can still go somewhere sensible.
export function TokenList({
  tokens,
  usage,
  canManage,
}: {
  tokens: TokenCardDto[];
  // Each card's 7-day trend and unused flag, by token id (lib/usage/queries/card-usage.ts).
  usage: Record<string, CardUsageDto>;
  canManage: boolean;
}) {
  const [open, setOpen] = useState<OpenDialog | null>(null);
  const [, startTransition] = useTransition();
  const { registerTrigger, rememberOpener, returnFocus } = useFocusReturn("api-heading");
  const close = useCallback(() => setOpen(null), []);

  function onAction(token: TokenCardDto, action: TokenMenuAction) {
    rememberOpener(token.id);
    if (action !== "toggle") {
      setOpen({ action, token });
      return;
    }
    const enable = token.disabled;
    startTransition(async () => {
      const result = await setTokenEnabledAction(token.id, enable);
      if (result.ok) toast.success(enable ? TOAST.enabled : TOAST.disabled);
      else toast.error(result.message ?? CARD.toggleFailed);
    });
  }

  return (
    <>
      <ul className="space-y-3" aria-labelledby="tokens-heading">
        {tokens.map((token) => (
          <li key={token.id}>
            <TokenCard
              token={token}
              usage={usage[token.id]}
              menu={
                <TokenActionsMenu
                  token={token}
                  canManage={canManage}
                  onAction={(action) => onAction(token, action)}
                  ref={registerTrigger(token.id)}
                />
              }
            />
          </li>
        ))}
      </ul>
      {open && <TokenDialog open={open} onClose={close} onCloseAutoFocus={returnFocus} />}
    </>
  );
}

function TokenDialog({ open, ...props }: { open: OpenDialog } & Omit<TokenDialogProps, "token">) {
  const dialogProps = { ...props, token: open.token };
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
          title={REVOKE.title(open.token.name)}
          body={REVOKE.body}
          confirmLabel={REVOKE.confirm}
          successToast={TOAST.revoked}
          action={revokeTokenAction}
        />
      );
    case "delete":
      return (
        <ConfirmTokenDialog
          {...dialogProps}
          title={DELETE.title(open.token.name)}
          body={DELETE.body}
          confirmLabel={DELETE.confirm}
          successToast={TOAST.deleted}
          action={deleteTokenAction}
        />
      );
  }
}
