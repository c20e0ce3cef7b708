"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";

export type NavGroup = { label: string; links: { href: string; label: string }[] };

export function SettingsNav({ groups }: { groups: NavGroup[] }) {
  const t = useTranslations("settings.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="w-full shrink-0 md:w-56">
      <h2 className="mb-3 text-lg font-semibold">{t("heading")}</h2>
      {groups.map((group) => (
        <div key={group.label} className="mb-4">
          <h3 className="px-2 text-xs font-semibold tracking-wide text-gray-500 uppercase">{group.label}</h3>
          <ul className="mt-1 space-y-0.5">
            {group.links.map((link) => {
              const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
              return (
                <li key={link.href}>
                  <Link
                    href={link.href}
                    aria-current={active ? "page" : undefined}
                    className={cn(
                      "block rounded-md px-2 py-1.5 text-sm",
                      active
                        ? "bg-brand-600/10 text-brand-700 font-medium"
                        : "text-gray-700 hover:bg-gray-100",
                    )}
                  >
                    {link.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
