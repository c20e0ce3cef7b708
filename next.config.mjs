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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
