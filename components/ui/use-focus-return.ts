"use client";

import { useCallback, useRef } from "react";

// For lists whose rows open dialogs from a menu: remembers each row's menu button, and when
// a dialog closes puts focus back on the button that opened it, or on `fallbackId` (the
// page heading) when that row is gone.
export function useFocusReturn(fallbackId: string) {
  const triggers = useRef(new Map<string, HTMLButtonElement>());
  const lastId = useRef<string | null>(null);

  const registerTrigger = useCallback(
    (id: string) => (element: HTMLButtonElement | null) => {
      if (element) triggers.current.set(id, element);
      else triggers.current.delete(id);
    },
    [],
  );
  const rememberOpener = useCallback((id: string) => {
    lastId.current = id;
  }, []);
  const returnFocus = useCallback(
    (event: Event) => {
      event.preventDefault();
      const trigger = lastId.current ? triggers.current.get(lastId.current) : undefined;
      if (trigger?.isConnected) trigger.focus();
      else document.getElementById(fallbackId)?.focus();
    },
    [fallbackId],
  );
  return { registerTrigger, rememberOpener, returnFocus };
}
