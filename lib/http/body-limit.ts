import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

// Largest body each kind of route may send. Checked by Keyward's own server before any
// handler runs, so an oversized body is refused without being read, let alone buffered.
export const BODY_LIMITS = {
  // next-auth's sign-in, sign-out and CSRF endpoints take a few short form fields.
  auth: 16 * 1024,
  // next.config.mjs sets serverActions.bodySizeLimit to "100kb", which Next.js reads as
  // 100 × 1024 bytes; refusing here too keeps the body from being read past that.
  serverAction: 100 * 1024,
  // Introspection takes one token in a form (lib/verification/read-form.ts caps it alike).
  introspection: 8 * 1024,
  // Pages, the audit export, the gateway check (which reads no body; a gateway that forwards
  // its client's small body still gets an answer) and anything else.
  other: 64 * 1024,
} as const;

export function bodyLimitFor(
  method: string | undefined,
  url: string | undefined,
  headers: IncomingHttpHeaders,
): number {
  const path = url ?? "/";
  if (path.startsWith("/api/auth/") || path === "/api/auth") return BODY_LIMITS.auth;
  if (path === "/api/v1/tokens/introspect" || path.startsWith("/api/v1/tokens/introspect?"))
    return BODY_LIMITS.introspection;
  if (headers["next-action"] !== undefined && (method ?? "").toUpperCase() === "POST")
    return BODY_LIMITS.serverAction;
  return BODY_LIMITS.other;
}

export type BodyVerdict = { kind: "ok" } | { kind: "too-large"; declared: number };

// What the headers alone say. Node's parser never reads past a Content-Length, so only a
// body without one (chunked) can grow beyond what was declared.
export function judgeDeclaredBody(headers: IncomingHttpHeaders, limit: number): BodyVerdict {
  const declared = headers["content-length"];
  if (declared === undefined) return { kind: "ok" };
  const bytes = Number(declared);
  return Number.isFinite(bytes) && bytes > limit ? { kind: "too-large", declared: bytes } : { kind: "ok" };
}

// Refuses a request whose body is over `limit`: at once when Content-Length says so, and for
// a streamed (chunked) body as soon as the bytes received pass the limit — at most one
// chunk past it. Returns true when the request has been answered.
//
// The streamed count sits in the request's own push(), through which Node's HTTP parser hands
// every body chunk to the stream: counting there consumes nothing, so whatever reads the
// body later (Next.js) reads it as sent. Reading the body ourselves would mean buffering it.
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse, limit: number): boolean {
  if (judgeDeclaredBody(req.headers, limit).kind === "too-large") {
    sendTooLarge(req, res, limit);
    return true;
  }
  if (req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] === undefined)
    return false;
  const push = req.push.bind(req);
  let received = 0;
  req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk !== null && (Buffer.isBuffer(chunk) || typeof chunk === "string")) {
      received += Buffer.byteLength(chunk);
      if (received > limit) {
        req.push = push;
        sendTooLarge(req, res, limit);
        return false;
      }
    }
    return push(chunk, encoding);
  };
  return false;
}

function sendTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  if (!res.headersSent) {
    const text = `Request body too large: this route accepts at most ${limit} bytes.\n`;
    res.writeHead(413, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": Buffer.byteLength(text),
      "Cache-Control": "no-store",
      Connection: "close",
    });
    res.end(text);
  }
  // A handler that was still running when the limit was passed may try to answer too; the
  // 413 is the answer, so its late writes are dropped instead of crashing the process.
  res.on("error", () => undefined);
  // Whatever was still reading the body (a handler that started before the limit was
  // passed) sees the stream end in an error, and the socket stops reading the rest.
  res.once("finish", () => req.socket.destroy());
  if (res.writableFinished) req.socket.destroy();
}
