"use client";

import { useCallback, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { useFocusReturn } from "@/components/ui/use-focus-return";
import { formatDate } from "@/lib/i18n/format";
import type { MemberRow } from "@/lib/members/list-members";
import { reactivateMemberAction } from "../actions";
import { ChangeRoleDialog } from "./change-role-dialog";
import { DeactivateMemberDialog } from "./deactivate-member-dialog";
import { MemberActionsMenu, type MemberMenuAction } from "./member-actions-menu";
import { SetPasswordDialog } from "./set-password-dialog";

type OpenDialog = { action: "role" | "password" | "deactivate"; member: MemberRow };

// The dialogs live here rather than in each row, so a dialog survives its row changing.
export function MembersTable({ members, currentUserId }: { members: MemberRow[]; currentUserId: string }) {
  const t = useTranslations("members");
  const role = useTranslations("labels.roles");
  const locale = useLocale();
  const [open, setOpen] = useState<OpenDialog | null>(null);
  const [, startTransition] = useTransition();
  const { registerTrigger, rememberOpener, returnFocus } = useFocusReturn("members-heading");
  const close = useCallback(() => setOpen(null), []);

  function onAction(member: MemberRow, action: MemberMenuAction) {
    rememberOpener(member.userId);
    if (action !== "reactivate") {
      setOpen({ action, member });
      return;
    }
    startTransition(async () => {
      const result = await reactivateMemberAction(member.userId);
      if (result.ok) toast.success(t("toast.reactivated"));
      else toast.error(result.message ?? t("toast.reactivateFailed"));
    });
  }

  return (
    <>
      <p className="text-sm text-gray-600">{t("page.summary", { count: members.length })}</p>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table aria-label={t("page.tableLabel")} className="min-w-full divide-y divide-gray-200 text-sm">
          <thead className="bg-gray-50 text-left text-gray-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("page.columns.name")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("page.columns.email")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("page.columns.role")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("page.columns.status")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                {t("page.columns.added")}
              </th>
              <th scope="col" className="px-4 py-2 font-medium">
                <span className="sr-only">{t("page.columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {members.map((member) => (
              <tr key={member.userId} aria-current={member.userId === currentUserId ? "true" : undefined}>
                <th scope="row" className="px-4 py-2 text-left font-normal">
                  <span className="flex flex-wrap items-center gap-2">
                    {member.name}
                    {member.userId === currentUserId && <Badge tone="slate">{t("page.you")}</Badge>}
                    {member.isTechnical && <Badge tone="gray">{t("page.technicalUser")}</Badge>}
                  </span>
                </th>
                <td className="px-4 py-2">{member.email}</td>
                <td className="px-4 py-2">{role(member.role)}</td>
                <td className="px-4 py-2">
                  {member.active ? (
                    <Badge tone="green">{t("page.active")}</Badge>
                  ) : (
                    <Badge tone="gray">{t("page.deactivated")}</Badge>
                  )}
                </td>
                <td className="px-4 py-2">
                  <time dateTime={member.addedAt}>{formatDate(member.addedAt, locale)}</time>
                </td>
                <td className="px-4 py-2 text-right">
                  <MemberActionsMenu
                    member={member}
                    canSetPassword={!member.isTechnical && member.userId !== currentUserId}
                    onAction={(action) => onAction(member, action)}
                    ref={registerTrigger(member.userId)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open?.action === "role" && (
        <ChangeRoleDialog
          key={open.member.userId}
          member={open.member}
          onClose={close}
          onCloseAutoFocus={returnFocus}
        />
      )}
      {open?.action === "password" && (
        <SetPasswordDialog
          key={open.member.userId}
          member={open.member}
          onClose={close}
          onCloseAutoFocus={returnFocus}
        />
      )}
      {open?.action === "deactivate" && (
        <DeactivateMemberDialog
          key={open.member.userId}
          member={open.member}
          onClose={close}
          onCloseAutoFocus={returnFocus}
        />
      )}
    </>
  );
}
