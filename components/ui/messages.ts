// Words the shared primitives show on every screen.
export const UI_TEXT = {
  cancel: "Cancel",
  saving: "Saving…",
} as const;
