import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Native and WebAssembly modules stay out of the server bundle and load from node_modules.
  serverExternalPackages: [
    "better-sqlite3",
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
  ],
  experimental: {
    // Next.js loads every route's server code at start by default. Keyward's verification
    // API never reaches Next.js, so a server that only verifies would hold the whole console
    // in memory for nothing; a page's code now loads on its first request (B4, README).
    preloadEntriesOnStart: false,
    // forbidden() answers 403 with app/forbidden.tsx when a role may not see a page.
    authInterrupts: true,
    serverActions: {
      // Server actions only carry small forms; anything larger is refused with 413.
      bodySizeLimit: "100kb",
    },
  },
  // Security headers (CSP with a per-request nonce, HSTS over https, Permissions-Policy, …)
  // are set by Keyward's own server for every response: lib/http/security-headers.ts.
};

export default async function config(phase) {
  // next-intl's plugin only points the build (and the development server) at the request
  // configuration; the production server runs what the build compiled. Importing it loads
  // its message extractor, with @swc/core's native binding: ~20 MB per server process.
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  // next-intl reads each request's language there (the user's choice, else Accept-Language);
  // no locale in the URL.
  return createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
}
