import type { DbClient } from "@/lib/db/client";
import { readThroughClient } from "@/lib/db/read-rows";
import { decideToken, type TokenDecision } from "@/lib/tokens/verify-token";
import { loadTokenRecord } from "@/lib/verification/load-token-record";

// What decideToken answers for a presented token, given the database as it is now, with
// no cache in between: tests ask it "does this secret still work?" after each action.
export type VerifyOptions = {
  client: DbClient;
  hashKey: string;
  now?: Date;
  clientIp?: string;
  required?: string;
};

export function verifyWithDb(raw: string, options: VerifyOptions): Promise<TokenDecision> {
  return decideToken(
    {
      raw,
      clientIp: options.clientIp ?? "203.0.113.7",
      required: options.required === undefined ? [] : [options.required],
      now: options.now ?? new Date(),
      hashKey: options.hashKey,
    },
    (publicId) => loadTokenRecord(readThroughClient(options.client), publicId),
  );
}
