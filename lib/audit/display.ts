import { AUDIT_ACTION_LABELS, labelOrValue } from "@/lib/messages/labels";

// How an event's action, actor and target read on the page and in the export. Pure, so the
// page and the CSV cannot disagree.

const TARGET_TYPE_LABELS: Record<string, string> = { token: "Token", account: "Account", user: "User" };

export function actionLabel(action: string): string {
  return labelOrValue(AUDIT_ACTION_LABELS, action);
}

// Any target type reads sensibly, including ones added after this was written.
export function targetTypeLabel(type: string): string {
  return TARGET_TYPE_LABELS[type] ?? type.replace(/[_.-]+/g, " ").replace(/^./, (c) => c.toUpperCase());
}

export type ActorKind = "user" | "token";

export function actorKind(event: { actorTokenId: string | null }): ActorKind {
  return event.actorTokenId ? "token" : "user";
}
