import type { IncomingHttpHeaders } from "node:http";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// Cross-site request forgery guard for everything that changes state: server actions, the
// sign-in callback, the sign-out. A browser always names the page that sent a POST in
// `Origin` (and, when modern, `Sec-Fetch-Site`); a request from another site is refused before
// any handler runs. Requests without either header come from non-browser clients, which
// hold no one's cookies. Next.js checks server actions too, but answers a mismatch with a
// 500; this answers 403 for every route alike.
export function isCrossSiteWrite(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  if (SAFE_METHODS.has((method ?? "GET").toUpperCase())) return false;
  if (headers["sec-fetch-site"] === "cross-site") return true;
  const origin = headers.origin;
  if (!origin) return false;
  if (origin === "null") return true;
  const host = headers["x-forwarded-host"] ?? headers.host;
  try {
    return new URL(origin).host !== (Array.isArray(host) ? host[0] : host);
  } catch {
    return true;
  }
}
