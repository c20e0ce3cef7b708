"use client";

import { toast } from "sonner";
import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DOCS_PAGE } from "./messages";

// Copies one example; `name` says which, for the button's accessible name.
export function CopyButton({ text, name }: { text: string; name: string }) {
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      toast.success(DOCS_PAGE.copied);
    } catch {
      toast.error(DOCS_PAGE.copyFailed);
    }
  }
  return (
    <Button
      variant="secondary"
      className="px-2.5 py-1.5 text-xs"
      aria-label={DOCS_PAGE.copyExample(name)}
      onClick={copy}
    >
      <Copy className="size-3.5" aria-hidden />
      {DOCS_PAGE.copy}
    </Button>
  );
}
