import { request as httpRequest, type OutgoingHttpHeaders } from "node:http";
import { SECURITY_PORT } from "./security-env";

export type RawResponse = {
  status: number;
  headers: Record<string, string>;
  setCookies: string[];
  body: string;
};

export type RawRequest = {
  method?: string;
  path: string;
  // Arrays send the header once per value (duplicate headers are one of the attacks).
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
};

const TIMEOUT_MS = 15_000;
// Enough to see an error page or a stack trace; a case never needs more of an answer.
const MAX_BODY_BYTES = 1024 * 1024;

// One request to the suite's server over loopback only; node:http rather than fetch, so a
// case can send what a browser never would (duplicate headers, a body with a lying type).
export function send({ method = "GET", path, headers = {}, body }: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: SECURITY_PORT,
        method,
        path,
        // The name the browser uses (the session cookie and NEXTAUTH_URL say localhost).
        headers: { Host: `localhost:${SECURITY_PORT}`, ...headers },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY_BYTES) chunks.push(chunk);
        });
        res.on("end", () => {
          const flat: Record<string, string> = {};
          for (const [name, value] of Object.entries(res.headers)) {
            if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
          }
          resolve({
            status: res.statusCode ?? 0,
            headers: flat,
            setCookies: res.headers["set-cookie"] ?? [],
            body: Buffer.concat(chunks).toString("utf8"),
          });
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer within ${TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end(body);
  });
}

// Every Set-Cookie of an answer as `name=value` pairs, for the next request's Cookie header.
export function cookiesFrom(res: RawResponse, into: Map<string, string>): void {
  for (const cookie of res.setCookies) {
    const pair = cookie.split(";")[0] ?? "";
    const eq = pair.indexOf("=");
    if (eq > 0) into.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
}

export function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}
