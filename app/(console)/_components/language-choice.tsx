"use client";

import { useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import {
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
} from "@/components/ui/dropdown-menu";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { setLanguageAction } from "../settings/account/actions";

// The user menu's "Language": one checked item per language, each named in itself. The
// choice is saved for the user, and the action re-renders every page in it; the URL stays.
export function LanguageChoice() {
  const t = useTranslations("shell.userMenu");
  const locale = useLocale();
  const [pending, startTransition] = useTransition();

  function choose(value: string) {
    if (!isLocale(value) || value === locale) return;
    startTransition(async () => {
      const result = await setLanguageAction(value);
      if (!result.ok) toast.error(result.message ?? t("languageFailed"));
    });
  }

  return (
    <>
      <DropdownMenuLabel id="language-choice-label">{t("language")}</DropdownMenuLabel>
      <DropdownMenuRadioGroup value={locale} onValueChange={choose} aria-labelledby="language-choice-label">
        {LOCALES.map((option) => (
          <DropdownMenuRadioItem key={option} value={option} lang={option} disabled={pending}>
            {LOCALE_NAMES[option]}
          </DropdownMenuRadioItem>
        ))}
      </DropdownMenuRadioGroup>
    </>
  );
}
