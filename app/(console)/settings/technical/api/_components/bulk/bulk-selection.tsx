"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import type { BulkToken } from "@/lib/tokens/bulk/bulk-token";

type BulkSelectionValue = {
  tokens: BulkToken[];
  // How many tokens match the current filters, across every page.
  total: number;
  selected: ReadonlySet<string>;
  // Every token matching the filters, found again by the server, rather than ticked cards.
  allMatching: boolean;
  toggle: (id: string, on: boolean) => void;
  togglePage: (on: boolean) => void;
  selectAllMatching: () => void;
  clear: () => void;
};

const BulkSelectionContext = createContext<BulkSelectionValue | null>(null);

// Null where bulk actions are not offered (support staff): the cards then show no checkbox.
export function useBulkSelection(): BulkSelectionValue | null {
  return useContext(BulkSelectionContext);
}

export function BulkSelectionProvider({
  tokens,
  total,
  children,
}: {
  tokens: BulkToken[];
  total: number;
  children: ReactNode;
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [allMatching, setAllMatching] = useState(false);

  const toggle = useCallback((id: string, on: boolean) => {
    setAllMatching(false);
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const togglePage = useCallback(
    (on: boolean) => {
      setAllMatching(false);
      setSelected(on ? new Set(tokens.map((token) => token.id)) : new Set());
    },
    [tokens],
  );

  const selectAllMatching = useCallback(() => {
    setSelected(new Set(tokens.map((token) => token.id)));
    setAllMatching(true);
  }, [tokens]);

  const clear = useCallback(() => {
    setSelected(new Set());
    setAllMatching(false);
  }, []);

  const value = useMemo(
    () => ({ tokens, total, selected, allMatching, toggle, togglePage, selectAllMatching, clear }),
    [tokens, total, selected, allMatching, toggle, togglePage, selectAllMatching, clear],
  );
  return <BulkSelectionContext.Provider value={value}>{children}</BulkSelectionContext.Provider>;
}
