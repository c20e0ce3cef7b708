import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { authenticate, bearerToken, refuse } from "./authenticate";
import { readForm } from "./read-form";
import { sendBadRequest, sendBodyTooLarge, sendIntrospection, sendMethodNotAllowed } from "./responses";
import type { VerificationRuntime } from "./runtime";
import { NativeDate } from "@/lib/server/native-date";

// The permission a caller's token needs: the "introspection" section of the catalogue.
export const INTROSPECTION_PERMISSION = "introspection:read";
const CALLER_NEEDS = [INTROSPECTION_PERMISSION] as const;
// The introspected token is asked about, not used: it needs no permission to be active.
const QUESTION_NEEDS = [] as const;

const INACTIVE = { active: false } as const;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

// POST /api/v1/tokens/introspect, RFC 7662. The caller authenticates with its own bearer
// token holding the introspection permission, and can only learn about tokens of its own
// account: another account's token is reported inactive, like one that does not exist.
// The introspected token's allowed IP ranges are checked against the address of this
// request, the same rule as auth/check.
export async function answerIntrospection(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: VerificationRuntime,
  clientIp: string,
): Promise<void> {
  if (req.method !== "POST") {
    req.resume();
    return sendMethodNotAllowed(res, "POST");
  }
  const now = new NativeDate();
  const caller = await authenticate(
    runtime,
    bearerToken(req.headers.authorization),
    CALLER_NEEDS,
    clientIp,
    now,
  );
  if (!caller.decision.ok) {
    req.resume();
    return refuse(res, runtime, caller.decision.reason, clientIp, CALLER_NEEDS);
  }

  const body = await readForm(req);
  if (!body.ok) {
    if (body.status === 413) return sendBodyTooLarge(res);
    return sendBadRequest(res, body.message);
  }
  const presented = body.form.get("token");
  if (presented === null || presented === "") return sendBadRequest(res, "The token parameter is required.");

  // The introspected token is the caller's question, not its presentation: its failures are
  // never charged to the caller, which keeps getting RFC 7662 answers.
  const { decision, record } = await authenticate(runtime, presented, QUESTION_NEEDS, clientIp, now);
  if (!decision.ok || !record || decision.token.accountId !== caller.decision.token.accountId) {
    return sendIntrospection(res, INACTIVE);
  }
  const { token } = decision;
  sendIntrospection(res, {
    active: true,
    scope: decision.permissions.join(" "),
    client_id: token.publicId,
    sub: token.ownerId,
    username: token.ownerEmail,
    token_type: "Bearer",
    iat: seconds(record.issuedAt),
    ...(record.expiresAt ? { exp: seconds(record.expiresAt) } : {}),
    api_version: token.apiVersion,
    token_id: token.id,
    token_name: token.name,
  });
}
