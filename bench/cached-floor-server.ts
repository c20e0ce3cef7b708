// B1's cached-path floor (issue 14.1): what Keyward's cached verification cannot do less
// than. Every token row is read into a Map at start; a request costs parsing the bearer
// token, one HMAC-SHA-256 of its secret, a Map lookup and the same headers Keyward sends
// on a 204 (Cache-Control and the seven X-Keyward-* headers). No framework, no database on
// the request path, no expiry/status logic beyond what the row says.
//   FLOOR_DB=<file> FLOOR_PORT=<port> KEYWARD_TOKEN_HASH_KEY=<key> node --import tsx bench/cached-floor-server.ts
import { createServer } from "node:http";
import Database from "better-sqlite3";
import { parseToken } from "@/lib/tokens/format";
import { secretMatches } from "@/lib/tokens/hash";

type Row = {
  publicId: string;
  id: string;
  name: string;
  accountId: string;
  ownerId: string;
  email: string;
  secretHash: string;
  scope: string;
  version: string;
};

const file = process.env.FLOOR_DB ?? "";
const port = Number(process.env.FLOOR_PORT ?? 3212);
const hashKey = process.env.KEYWARD_TOKEN_HASH_KEY ?? "";

const rows = new Database(file, { readonly: true })
  .prepare<[], Row>(
    `SELECT t."publicId", t."id", t."name", t."accountId", t."ownerId", u."email", t."secretHash", t."scope",
            v."name" AS "version"
     FROM "ApiToken" t JOIN "User" u ON u."id" = t."ownerId" JOIN "ApiVersion" v ON v."id" = t."apiVersionId"
     WHERE t."revokedAt" IS NULL AND t."disabledAt" IS NULL`,
  )
  .all();

const tokens = new Map(
  rows.map((row) => [
    row.publicId,
    {
      secretHash: row.secretHash,
      headers: [
        "Cache-Control",
        "no-store",
        "X-Keyward-Token-Id",
        row.id,
        "X-Keyward-Token-Name",
        encodeURIComponent(row.name),
        "X-Keyward-Account-Id",
        row.accountId,
        "X-Keyward-Owner-Id",
        row.ownerId,
        "X-Keyward-Owner-Email",
        row.email,
        "X-Keyward-Scopes",
        row.scope === "read" ? "leads:read" : "leads:read leads:write",
        "X-Keyward-Api-Version",
        row.version,
      ],
    },
  ]),
);

createServer((req, res) => {
  const authorization = req.headers.authorization;
  const parsed = authorization?.startsWith("Bearer ") ? parseToken(authorization.slice(7)) : null;
  const token = parsed ? tokens.get(parsed.publicId) : undefined;
  if (parsed && token && secretMatches(parsed.secret, token.secretHash, hashKey)) {
    res.writeHead(204, token.headers).end();
  } else {
    res.writeHead(401, { "WWW-Authenticate": 'Bearer error="invalid_token"' }).end();
  }
}).listen(port, "127.0.0.1", () => console.log(`cached floor: ${tokens.size} tokens, listening on ${port}`));

// Exits cleanly on the bench's stop, so `node --cpu-prof` writes its profile (bench:profile).
process.on("SIGTERM", () => process.exit(0));
