import { AUDIT_ACTION_LABELS, AUDIT_TARGET_TYPE_LABELS, labelOf } from "@/lib/messages/labels";

// How an event's action, actor and target read on the page and in the export. Pure, so the
// page and the CSV cannot disagree.

export function actionLabel(action: string): string {
  return labelOf(AUDIT_ACTION_LABELS, action) ?? action;
}

// Any target type reads sensibly, including ones added after this was written.
export function targetTypeLabel(type: string): string {
  return (
    labelOf(AUDIT_TARGET_TYPE_LABELS, type) ??
    type.replace(/[_.-]+/g, " ").replace(/^./, (c) => c.toUpperCase())
  );
}

export type ActorKind = "user" | "token";

export function actorKind(event: { actorTokenId: string | null }): ActorKind {
  return event.actorTokenId ? "token" : "user";
}
