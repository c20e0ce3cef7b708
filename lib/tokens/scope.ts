import { z } from "zod";
import type { ApiAccessLevel } from "../auth/roles";
import { TOKEN_FIELD_MESSAGES } from "./messages";

export const TOKEN_SCOPES = ["read", "read_write"] as const;
export const tokenScopeSchema = z.enum(TOKEN_SCOPES, { error: TOKEN_FIELD_MESSAGES.scopeRequired });
export type TokenScope = z.infer<typeof tokenScopeSchema>;

export type PermissionAction = "read" | "write";
export type ParsedPermission = { sectionKey: string; action: PermissionAction };

// Section keys are catalogue data ("leads", "call_logs"); lower case, digits, underscores.
const PERMISSION = /^([a-z][a-z0-9_]{0,63}):(read|write)$/;

export function permission(sectionKey: string, action: PermissionAction): string {
  return `${sectionKey}:${action}`;
}

export function parsePermission(text: string): ParsedPermission | null {
  const match = PERMISSION.exec(text);
  if (!match) return null;
  const [, sectionKey, action] = match;
  if (sectionKey === undefined || (action !== "read" && action !== "write")) return null;
  return { sectionKey, action };
}

const RANK: Record<ApiAccessLevel, number> = { none: 0, read: 1, read_write: 2 };

// A token only narrows its owner's role (PRODUCT.md section 1): the weaker of the two wins.
export function effectiveAccess(tokenScope: TokenScope, ownerAccess: ApiAccessLevel): ApiAccessLevel {
  return RANK[tokenScope] <= RANK[ownerAccess] ? tokenScope : ownerAccess;
}

// Write implies read: a read & write token is granted both permissions of each section, so
// it may call read endpoints. The implication lives here, in the granted list, so that
// permits() stays a plain membership test and introspection reports the whole truth.
export function grantedPermissions(
  scope: TokenScope,
  ownerAccess: ApiAccessLevel,
  sectionKeys: readonly string[],
): string[] {
  const access = effectiveAccess(scope, ownerAccess);
  if (access === "none") return [];
  const actions: PermissionAction[] = access === "read_write" ? ["read", "write"] : ["read"];
  const keys = [...new Set(sectionKeys)].filter((key) => parsePermission(permission(key, "read")) !== null);
  return keys.flatMap((key) => actions.map((action) => permission(key, action)));
}

// A required permission that is not well formed is never granted (fail closed).
export function permits(granted: readonly string[], required: string): boolean {
  return parsePermission(required) !== null && granted.includes(required);
}
