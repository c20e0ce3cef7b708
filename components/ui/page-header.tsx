import type { ReactNode } from "react";
import Link from "next/link";
import { ChevronLeft } from "lucide-react";
import { cn } from "./cn";

// The top of a settings page: where the page sits (an optional way back), its title, one
// sentence on what it is for, and its actions at the top right. A headingId makes the title
// the place dialogs return focus to when the control that opened them is gone.
export function PageHeader({
  title,
  intro,
  actions,
  headingId,
  back,
}: {
  title: string;
  intro: ReactNode;
  actions?: ReactNode;
  headingId?: string;
  back?: { href: string; label: string };
}) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        {back && (
          <Link
            href={back.href}
            className="inline-flex items-center gap-1 text-sm text-gray-600 hover:text-gray-900"
          >
            <ChevronLeft className="size-4" aria-hidden />
            {back.label}
          </Link>
        )}
        <h1
          id={headingId}
          tabIndex={headingId ? -1 : undefined}
          className={cn("text-2xl font-semibold [overflow-wrap:anywhere] outline-none", back && "mt-1")}
        >
          {title}
        </h1>
        <p className="mt-1 text-sm text-gray-600">{intro}</p>
      </div>
      {actions && <div className="flex flex-wrap items-center gap-4">{actions}</div>}
    </header>
  );
}
