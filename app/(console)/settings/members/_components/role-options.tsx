import { ROLES } from "@/lib/auth/roles";
import { ROLE_LABELS } from "@/lib/messages/labels";

export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABELS[role]}
    </option>
  ));
}
