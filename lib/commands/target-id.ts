const MAX_ID_LENGTH = 64;

// The id of the object a command acts on, as the client sent it. Anything but a short
// non-empty string names nothing, and the command answers "not found" without a query.
export function targetId(value: unknown): string | null {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_ID_LENGTH ? value : null;
}
