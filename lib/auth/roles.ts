import { z } from "zod";

export const ROLES = ["administrator", "implementation_specialist", "support_staff", "member"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

// The capability matrix of PRODUCT.md section 1, in one place. Every server action and
// page asks `can(role, capability)`; nothing else decides who may do what.
export const CAPABILITIES = {
  "api.view": ["administrator", "implementation_specialist", "support_staff"],
  "api.toggleAccess": ["administrator", "implementation_specialist"],
  "tokens.manage": ["administrator", "implementation_specialist"],
  "tokens.view": ["administrator", "implementation_specialist", "support_staff"],
  "tokens.noExpiration": ["administrator"],
  "audit.view": ["administrator", "implementation_specialist", "support_staff"],
  "members.manage": ["administrator"],
  "webhooks.view": ["administrator", "implementation_specialist", "support_staff"],
  "webhooks.manage": ["administrator", "implementation_specialist"],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role);
}

// What a role may do through the API, for a token's effective rights: a token can only
// narrow its owner's role (PRODUCT.md section 1). Support staff may read, members nothing.
export type ApiAccessLevel = "none" | "read" | "read_write";

export function roleApiAccess(role: Role): ApiAccessLevel {
  switch (role) {
    case "administrator":
    case "implementation_specialist":
      return "read_write";
    case "support_staff":
      return "read";
    case "member":
      return "none";
  }
}
