import type { Role } from "@/lib/auth/roles";

// Who is acting, in which account, from where: everything a domain command needs to
// authorize the action and to write its audit event.
export type Actor = {
  userId: string;
  email: string;
  accountId: string;
  role: Role;
  ip: string | null;
  userAgent: string | null;
};
