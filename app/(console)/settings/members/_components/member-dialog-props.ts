import type { MemberRow } from "@/lib/members/list-members";

// Dialogs opened from a row's menu are controlled by the table, which hands focus back to
// the row's menu button when they close.
export type MemberDialogProps = {
  member: MemberRow;
  onClose: () => void;
  onCloseAutoFocus: (event: Event) => void;
};
