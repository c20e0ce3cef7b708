import type { TokenCardDto } from "@/lib/tokens/dto";

// Dialogs opened from a card's menu are controlled by the menu, which hands focus back to
// its trigger when they close.
export type TokenDialogProps = {
  token: TokenCardDto;
  onClose: () => void;
  onCloseAutoFocus: (event: Event) => void;
};
