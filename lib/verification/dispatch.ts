import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientIpFrom } from "@/lib/http/client-ip";
import { answerAuthCheck } from "./auth-check";
import { answerIntrospection } from "./introspect";
import { sendUnavailable } from "./responses";
import { verificationRuntime, type VerificationRuntime } from "./runtime";

export const AUTH_CHECK_PATH = "/api/v1/auth/check";
export const INTROSPECT_PATH = "/api/v1/tokens/introspect";

// The verification endpoints are answered by Keyward's own node:http server, before Next's
// request handler (scripts/start.ts, in production and development alike): a gateway
// check then costs a cache lookup and one HMAC instead of a trip through the framework.
// Returns false for every other path, which Next then serves.
export function handleVerificationRequest(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: () => VerificationRuntime = verificationRuntime,
): boolean {
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (path !== AUTH_CHECK_PATH && path !== INTROSPECT_PATH) return false;
  const query = q === -1 ? null : url.slice(q + 1);
  const current = runtime();
  // stampClientAddress has already replaced whatever the client sent in this header.
  const clientIp = clientIpFrom(req.headers) ?? "unknown";
  try {
    const answer =
      path === AUTH_CHECK_PATH
        ? answerAuthCheck(req, res, current, clientIp, query)
        : answerIntrospection(req, res, current, clientIp);
    answer?.catch((error: unknown) => failClosed(res, error));
  } catch (error) {
    failClosed(res, error);
  }
  return true;
}

// No verdict without the database, and no details for the client. A request answered at
// once (a cached token) allocates nothing for this.
function failClosed(res: ServerResponse, error: unknown): void {
  console.error("keyward: verification failed:", error instanceof Error ? error.message : error);
  if (!res.headersSent) sendUnavailable(res);
  else res.destroy();
}
