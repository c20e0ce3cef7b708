import { z } from "zod";

// Key of the audit chain's HMAC (lib/audit/chain.ts). Separate from the token hash key, so
// whoever can verify tokens (or read that key from a gateway's configuration) still cannot
// forge audit history. Shared by lib/config/env.ts and `npm run audit:verify`.
export const auditKeySchema = z
  .string({ error: "KEYWARD_AUDIT_KEY is not set" })
  .min(32, "KEYWARD_AUDIT_KEY must be at least 32 characters");
