import "server-only";
import { config } from "@/lib/config/env";
import { formatToken, generateSecret, tokenHint } from "./format";
import { hashSecret } from "./hash";

export type Issued = { token: string; secretHash: string; hint: string };

// A fresh secret for a token's public id. Only its keyed hash and the non-secret hint are
// meant to be stored; `token` goes back to the caller once and nowhere else.
export function issueSecret(publicId: string): Issued {
  const secret = generateSecret();
  return {
    token: formatToken(publicId, secret),
    secretHash: hashSecret(secret, config().tokenHashKey),
    hint: tokenHint(publicId, secret),
  };
}
