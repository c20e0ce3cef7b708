"use client";

import type { ComponentProps } from "react";
import type { IssuedSecret } from "@/lib/tokens/dto";
import { Dialog } from "@/components/ui/dialog";
import { SecretFormContent } from "@/components/ui/secret-form-content";
import type { TokenDialogProps } from "./token-dialog-props";

type SecretIssuingDialogProps = TokenDialogProps &
  Omit<ComponentProps<typeof SecretFormContent<IssuedSecret>>, "words" | "onDone" | "onCloseAutoFocus">;

// Duplicate and Reset both ask one question about a card's token, then swap the form for
// the one-time secret view.
export function SecretIssuingDialog({
  token,
  onClose,
  onCloseAutoFocus,
  fields,
  ...form
}: SecretIssuingDialogProps) {
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <SecretFormContent
        {...form}
        words="api.secret"
        onDone={onClose}
        onCloseAutoFocus={onCloseAutoFocus}
        fields={(errors) => (
          <>
            <input type="hidden" name="tokenId" value={token.id} />
            {fields(errors)}
          </>
        )}
      />
    </Dialog>
  );
}
