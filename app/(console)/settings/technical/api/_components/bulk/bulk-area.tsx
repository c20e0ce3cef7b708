"use client";

import type { ReactNode } from "react";
import type { BulkToken } from "@/lib/tokens/bulk/bulk-token";
import { BulkSelectionProvider } from "./bulk-selection";
import { BulkToolbar } from "./bulk-toolbar";

// The list with bulk selection: the toolbar above the cards, each card's checkbox inside
// (read from the same context). Only rendered for those who may manage tokens.
export function BulkArea({
  tokens,
  total,
  children,
}: {
  tokens: BulkToken[];
  total: number;
  children: ReactNode;
}) {
  return (
    <BulkSelectionProvider tokens={tokens} total={total}>
      <BulkToolbar />
      {children}
    </BulkSelectionProvider>
  );
}
