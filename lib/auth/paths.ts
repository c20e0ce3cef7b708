// Where a user with an initial password is sent from every other console page; also the
// user menu's "Change password" link, so it lives outside the server-only modules.
export const CHANGE_PASSWORD_PATH = "/settings/account/password";
