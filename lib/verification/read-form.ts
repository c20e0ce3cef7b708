import type { IncomingMessage } from "node:http";

export const MAX_FORM_BYTES = 8 * 1024;

export type FormResult =
  { ok: true; form: URLSearchParams } | { ok: false; status: 400 | 413; message: string };

// Reads an application/x-www-form-urlencoded body of at most MAX_FORM_BYTES. A larger body
// is refused as soon as it is known to be too large, without buffering the rest.
export function readForm(req: IncomingMessage): Promise<FormResult> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    req.resume();
    return Promise.resolve({
      ok: false,
      status: 400,
      message: "The body must be application/x-www-form-urlencoded.",
    });
  }
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > MAX_FORM_BYTES)
    return Promise.resolve({ ok: false, status: 413, message: "The body is too large." });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) {
        req.removeAllListeners("data");
        req.pause();
        resolve({ ok: false, status: 413, message: "The body is too large." });
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () =>
      resolve({ ok: true, form: new URLSearchParams(Buffer.concat(chunks).toString("utf8")) }),
    );
    req.on("error", reject);
  });
}
