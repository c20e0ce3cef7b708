import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";

export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}
