import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads each request's language there (the user's choice, else Accept-Language);
// no locale in the URL.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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

export default withNextIntl(nextConfig);
