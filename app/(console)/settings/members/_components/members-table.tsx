"use client";

import { useCallback, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataColumn } from "@/components/ui/data-table";
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

  const columns: DataColumn<MemberRow>[] = [
    {
      id: "name",
      header: t("page.columns.name"),
      rowHeader: true,
      className: "font-normal",
      cell: (member) => (
        <span className="flex flex-wrap items-center gap-2">
          {member.name}
          {member.userId === currentUserId && <Badge tone="slate">{t("page.you")}</Badge>}
          {member.isTechnical && <Badge tone="gray">{t("page.technicalUser")}</Badge>}
        </span>
      ),
    },
    { id: "email", header: t("page.columns.email"), cell: (member) => member.email },
    { id: "role", header: t("page.columns.role"), cell: (member) => role(member.role) },
    {
      id: "status",
      header: t("page.columns.status"),
      cell: (member) =>
        member.active ? (
          <Badge tone="green">{t("page.active")}</Badge>
        ) : (
          <Badge tone="gray">{t("page.deactivated")}</Badge>
        ),
    },
    {
      id: "added",
      header: t("page.columns.added"),
      cell: (member) => <time dateTime={member.addedAt}>{formatDate(member.addedAt, locale)}</time>,
    },
    {
      id: "actions",
      header: <span className="sr-only">{t("page.columns.actions")}</span>,
      className: "text-right",
      cell: (member) => (
        <MemberActionsMenu
          member={member}
          canSetPassword={!member.isTechnical && member.userId !== currentUserId}
          onAction={(action) => onAction(member, action)}
          ref={registerTrigger(member.userId)}
        />
      ),
    },
  ];

  return (
    <>
      <p className="text-sm text-gray-600">{t("page.summary", { count: members.length })}</p>
      <DataTable
        caption={t("page.tableLabel")}
        columns={columns}
        rows={members}
        rowKey={(member) => member.userId}
        rowProps={(member) => ({ "aria-current": member.userId === currentUserId ? "true" : undefined })}
      />
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
