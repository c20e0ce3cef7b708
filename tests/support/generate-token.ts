import { formatToken, generatePublicId, generateSecret } from "@/lib/tokens/format";

export type GeneratedToken = { token: string; publicId: string; secret: string };

// A whole token with its parts, made by the same generators the console uses, for tests and
// benchmarks that need well-formed tokens nobody issued (guesses, seeded rows). The console
// itself issues a secret for a public id it already stored (lib/tokens/issue-secret.ts).
export function generateToken(): GeneratedToken {
  const publicId = generatePublicId();
  const secret = generateSecret();
  return { token: formatToken(publicId, secret), publicId, secret };
}
