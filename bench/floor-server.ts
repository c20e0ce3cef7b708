// B1's floor: the least work a verification can do on this stack, on the same database
// file. Parse the bearer token, check its checksum, compute the keyed hash, one indexed
// lookup, status/expiry/owner/scope checks, 204 or 401. No cache, no framework.
//   FLOOR_DB=<file> FLOOR_PORT=<port> KEYWARD_TOKEN_HASH_KEY=<key> node --import tsx bench/floor-server.ts
import { createServer } from "node:http";
import Database from "better-sqlite3";
import { parseToken } from "@/lib/tokens/format";
import { secretMatches } from "@/lib/tokens/hash";

type Row = {
  secretHash: string;
  expiresAt: string | null;
  disabledAt: string | null;
  revokedAt: string | null;
  scope: string;
  apiAccessEnabled: number;
  role: string | null;
  deactivatedAt: string | null;
  sections: number;
};

const file = process.env.FLOOR_DB ?? "";
const port = Number(process.env.FLOOR_PORT ?? 3211);
const hashKey = process.env.KEYWARD_TOKEN_HASH_KEY ?? "";
const db = new Database(file, { readonly: true });
const lookup = db.prepare<[string], Row>(`
  SELECT t."secretHash", t."expiresAt", t."disabledAt", t."revokedAt", t."scope", a."apiAccessEnabled",
         m."role", m."deactivatedAt",
         (SELECT COUNT(*) FROM "ApiTokenSection" s WHERE s."tokenId" = t."id") AS "sections"
  FROM "ApiToken" t
  JOIN "Account" a ON a."id" = t."accountId"
  LEFT JOIN "Membership" m ON m."accountId" = t."accountId" AND m."userId" = t."ownerId"
  WHERE t."publicId" = ?`);

function valid(authorization: string | undefined, now: number): boolean {
  if (!authorization?.startsWith("Bearer ")) return false;
  const parsed = parseToken(authorization.slice(7));
  if (!parsed) return false;
  const row = lookup.get(parsed.publicId);
  if (!row || !secretMatches(parsed.secret, row.secretHash, hashKey)) return false;
  if (row.revokedAt !== null || row.disabledAt !== null) return false;
  if (row.expiresAt !== null && Date.parse(row.expiresAt) <= now) return false;
  if (!row.apiAccessEnabled || row.role === null || row.role === "member" || row.deactivatedAt !== null)
    return false;
  return row.sections > 0 && (row.scope === "read" || row.scope === "read_write");
}

createServer((req, res) => {
  if (valid(req.headers.authorization, Date.now())) res.writeHead(204).end();
  else res.writeHead(401, { "WWW-Authenticate": 'Bearer error="invalid_token"' }).end();
}).listen(port, "127.0.0.1", () => console.log(`floor: listening on ${port}`));
