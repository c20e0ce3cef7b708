import type { IncomingMessage, ServerResponse } from "node:http";
import { BODY_LIMITS } from "./body-limit";

// Next.js's client posts a server action's arguments either as text (React's encodeReply of
// plain values: JSON) or as multipart form data (when a FormData is among them, and for forms
// posted without JavaScript). Anything else, or text that is not JSON, makes Next.js fail
// while decoding, before the action runs, with a 500. Those requests are answered here
// instead, with the status that says what is wrong.
const DECODABLE_TYPES = new Set(["text/plain", "multipart/form-data"]);

export function isServerActionPost(req: IncomingMessage): boolean {
  return (req.method ?? "").toUpperCase() === "POST" && req.headers["next-action"] !== undefined;
}

function mediaType(req: IncomingMessage): string {
  return (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

// Returns true when the request has been answered. A text body is held back from Next.js
// until it has all arrived (it is at most BODY_LIMITS.serverAction bytes, refused earlier
// when larger) and checked to be JSON; then it is handed on unchanged. The hold sits in the
// request's own push(), as the body-size guard does, so nothing is read twice.
export function refuseUndecodableAction(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isServerActionPost(req)) return false;
  const type = mediaType(req);
  if (!DECODABLE_TYPES.has(type)) {
    answer(req, res, 415, "A server action takes text/plain or multipart/form-data.\n");
    return true;
  }
  if (type === "text/plain") holdUntilJson(req, res);
  return false;
}

function holdUntilJson(req: IncomingMessage, res: ServerResponse): void {
  const push = req.push.bind(req);
  const held: Buffer[] = [];
  let size = 0;
  req.push = (chunk: unknown, encoding?: BufferEncoding): boolean => {
    if (chunk !== null) {
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), encoding);
      size += buffer.length;
      if (size <= BODY_LIMITS.serverAction) held.push(buffer);
      return true;
    }
    req.push = push;
    if (size > BODY_LIMITS.serverAction || !isJson(Buffer.concat(held).toString("utf8"))) {
      answer(req, res, 400, "The server action's arguments could not be read.\n");
      return false;
    }
    for (const buffer of held) push(buffer);
    return push(null);
  };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function answer(req: IncomingMessage, res: ServerResponse, status: 400 | 415, text: string): void {
  if (!res.headersSent) {
    res.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Length": Buffer.byteLength(text),
      "Cache-Control": "no-store",
      Connection: "close",
    });
    res.end(text);
  }
  // Next.js may already be waiting for this body; the socket closes under it, and its late
  // writes are dropped instead of reaching the client.
  res.on("error", () => undefined);
  res.once("finish", () => req.socket.destroy());
}
