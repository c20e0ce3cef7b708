import "server-only";
import { config } from "@/lib/config/env";
import { formatToken, generateSecret } from "./format";
import { hashSecret } from "./hash";
import { tokenHint } from "./hint";

export type Issued = { token: string; secretHash: string; hint: string };

// A fresh secret for a token's public id. Only its keyed hash and the non-secret hint are
// meant to be stored; `token` goes back to the caller once and nowhere else.
export function issueSecret(publicId: string): Issued {
  const secret = generateSecret();
  const token = formatToken(publicId, secret);
  return {
    token,
    secretHash: hashSecret(secret, config().tokenHashKey),
    hint: tokenHint(token),
  };
}
