"use client";

import { useTranslations } from "next-intl";
import { ROLES } from "@/lib/auth/roles";

export function RoleOptions() {
  const t = useTranslations("labels.roles");
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
