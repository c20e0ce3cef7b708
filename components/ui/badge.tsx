import type { ReactNode } from "react";
import { cn } from "./cn";

export type BadgeTone = "green" | "gray" | "amber" | "red" | "slate";

const TONES: Record<BadgeTone, string> = {
  green: "bg-green-50 text-green-800 ring-green-600/30",
  gray: "bg-gray-100 text-gray-700 ring-gray-500/30",
  amber: "bg-amber-50 text-amber-900 ring-amber-600/30",
  red: "bg-red-50 text-red-800 ring-red-600/30",
  slate: "bg-slate-800 text-white ring-slate-800",
};

export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
        TONES[tone],
      )}
    >
      {children}
    </span>
  );
}
