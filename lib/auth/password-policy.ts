// How long a password may be, wherever one is set: the first administrator's and a new
// member's initial password. Sign-in accepts any length up to the maximum, so a policy
// change never locks out someone whose password predates it.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;
