import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import { stampClientAddress } from "@/lib/server/client-address";
import { answerHealth, type Readiness } from "./health";
import { bodyLimitFor, judgeDeclaredBody, refuseOversizedBody } from "./body-limit";
import { isCrossSiteWrite } from "./same-origin";
import { refuseUndecodableAction } from "./server-action-body";
import { applySecurityHeaders } from "./security-headers";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export type ConsoleListenerOptions = {
  trustedProxies: readonly string[];
  dev: boolean;
  // What /readyz reports to load balancers (lib/http/health.ts).
  readiness: Readiness;
  // Answers the verification API and returns true, or returns false for any other path.
  verification: (req: IncomingMessage, res: ServerResponse) => boolean;
  // Everything else: Next.js's request handler.
  console: Handler;
};

// Keyward's front door, in the order each step must run: decide who is asking and over
// which protocol (before anything reads either), refuse an oversized body before anything
// reads it, answer health probes and gateways fast, give every console response its security headers, refuse
// cross-site writes and server-action bodies Next.js could not decode, then hand Next.js the
// request. scripts/start.ts serves this; the tests
// build the same.
export function createConsoleListener(options: ConsoleListenerOptions): RequestListener {
  return (req, res) => {
    const client = stampClientAddress(req, options.trustedProxies);
    if (refuseOversizedBody(req, res, bodyLimitFor(req.method, req.url, req.headers))) return;
    if (answerHealth(req, res, options.readiness)) return;
    // Gateways call these with bearer tokens, never cookies, so the cross-site guard below
    // does not apply to them.
    if (options.verification(req, res)) return;
    applySecurityHeaders(req, res, { dev: options.dev, https: client.protocol === "https" });
    if (isCrossSiteWrite(req.method, req.headers)) {
      res
        .writeHead(403, { "Content-Type": "text/plain; charset=utf-8" })
        .end("Cross-origin request refused.\n");
      return;
    }
    if (refuseUndecodableAction(req, res)) return;
    options.console(req, res);
  };
}

// The node:http server around that listener. A client that asks before sending its body
// (Expect: 100-continue, as curl does for large uploads) is told to go ahead only when the
// declared size fits; otherwise it gets the 413 and never sends a byte of the body.
export function createConsoleServer(options: ConsoleListenerOptions): Server {
  const listener = createConsoleListener(options);
  const server = createServer(listener);
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    const limit = bodyLimitFor(req.method, req.url, req.headers);
    if (judgeDeclaredBody(req.headers, limit).kind === "ok") res.writeContinue();
    listener(req, res);
  });
  return server;
}
