import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

// Powerful browser features the console never uses, switched off for it and anything it
// could be made to embed.
const PERMISSIONS_POLICY = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
]
  .map((feature) => `${feature}=()`)
  .join(", ");

// Two years, the preload list's minimum; sent only over https, where it means something.
const HSTS = "max-age=63072000; includeSubDomains";

// Scripts run only with this response's nonce ('strict-dynamic' extends the trust to the
// chunks those scripts load), so injected markup cannot run script. Styles allow inline:
// React and the toast library set style attributes and a <style> element without a nonce,
// and style injection cannot run code. Development adds eval, which React's dev build uses.
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

// Headers for every response of the console (not the verification API, whose callers are
// gateways, not browsers). Next.js reads the nonce from the request's own
// Content-Security-Policy header and puts it on every script it renders, so the policy is
// written into the request too, over anything the client sent there.
export function applySecurityHeaders(
  req: IncomingMessage,
  res: ServerResponse,
  options: { dev: boolean; https: boolean },
): void {
  const policy = contentSecurityPolicy(newNonce(), options);
  req.headers["content-security-policy"] = policy;
  delete req.headers["content-security-policy-report-only"];
  res.setHeader("Content-Security-Policy", policy);
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Referrer-Policy", "same-origin");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  if (options.https) res.setHeader("Strict-Transport-Security", HSTS);
}
