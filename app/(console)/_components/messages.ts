// User-facing strings of the console's top bar (ready for translation).
export const USER_MENU = {
  label: "User menu",
  settings: "Settings",
  changePassword: "Change password",
  signOutEverywhere: "Sign out everywhere",
  signOutEverywhereFailed: "Your other sessions could not be ended. Try again.",
  signOut: "Sign out",
} as const;
