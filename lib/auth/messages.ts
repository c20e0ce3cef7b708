export const NOT_SIGNED_IN = "Your session has ended. Sign in again.";
export const NOT_ALLOWED = "Your role does not allow this action.";
