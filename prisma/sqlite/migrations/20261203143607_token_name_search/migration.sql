-- Name search that ignores case and accents, and uses an index (issues 10 and 14).
--
-- searchKey holds the name as lib/tokens/name-search/search-key.ts folds it. SQL cannot
-- fold it the same way, so existing rows get an empty key here and the start command fills
-- it in before serving (lib/tokens/name-search/backfill-search-keys.ts).

-- RedefineTables: SQLite cannot add a NOT NULL column without a default in place.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "publicId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "scope" TEXT NOT NULL,
    "apiVersionId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "allowedIpRanges" TEXT NOT NULL DEFAULT '',
    "technicalContact" TEXT,
    "hint" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "previousSecretHash" TEXT,
    "previousSecretExpiresAt" DATETIME,
    "expiresAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "lastUsedAt" DATETIME,
    "lastUsedIp" TEXT,
    "disabledAt" DATETIME,
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    "rotatedAt" DATETIME,
    "duplicatedFromId" TEXT,
    CONSTRAINT "ApiToken_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApiToken_apiVersionId_fkey" FOREIGN KEY ("apiVersionId") REFERENCES "ApiVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApiToken_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ApiToken_revokedById_fkey" FOREIGN KEY ("revokedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ApiToken_duplicatedFromId_fkey" FOREIGN KEY ("duplicatedFromId") REFERENCES "ApiToken" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_ApiToken" ("accountId", "allowedIpRanges", "apiVersionId", "createdAt", "createdById", "description", "disabledAt", "duplicatedFromId", "expiresAt", "hint", "id", "lastUsedAt", "lastUsedIp", "name", "nameKey", "ownerId", "previousSecretExpiresAt", "previousSecretHash", "publicId", "revokedAt", "revokedById", "rotatedAt", "scope", "secretHash", "technicalContact", "updatedAt", "searchKey") SELECT "accountId", "allowedIpRanges", "apiVersionId", "createdAt", "createdById", "description", "disabledAt", "duplicatedFromId", "expiresAt", "hint", "id", "lastUsedAt", "lastUsedIp", "name", "nameKey", "ownerId", "previousSecretExpiresAt", "previousSecretHash", "publicId", "revokedAt", "revokedById", "rotatedAt", "scope", "secretHash", "technicalContact", "updatedAt", '' FROM "ApiToken";
DROP TABLE "ApiToken";
ALTER TABLE "new_ApiToken" RENAME TO "ApiToken";
CREATE UNIQUE INDEX "ApiToken_publicId_key" ON "ApiToken"("publicId");
CREATE INDEX "ApiToken_accountId_createdAt_idx" ON "ApiToken"("accountId", "createdAt");
CREATE INDEX "ApiToken_accountId_expiresAt_idx" ON "ApiToken"("accountId", "expiresAt");
CREATE INDEX "ApiToken_ownerId_idx" ON "ApiToken"("ownerId");
CREATE UNIQUE INDEX "ApiToken_accountId_nameKey_key" ON "ApiToken"("accountId", "nameKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- The index: an FTS5 table with the trigram tokenizer over searchKey, its content read from
-- ApiToken itself (external content, so no second copy of the keys). A LIKE '%…%' on it
-- with at least three characters is answered from the trigram index
-- (lib/tokens/name-search/name-search-where.ts). Triggers keep it in step with every write,
-- whichever client makes it. Prisma does not manage virtual tables or triggers: a future
-- migration that redefines ApiToken drops these triggers and must create them again
-- (tests/integration/tokens/name-search.test.ts fails until it does).
CREATE VIRTUAL TABLE "ApiTokenSearch" USING fts5("searchKey", content='ApiToken', content_rowid='rowid', tokenize='trigram');

CREATE TRIGGER "ApiTokenSearch_insert" AFTER INSERT ON "ApiToken"
BEGIN
    INSERT INTO "ApiTokenSearch"(rowid, "searchKey") VALUES (NEW.rowid, NEW."searchKey");
END;

CREATE TRIGGER "ApiTokenSearch_delete" AFTER DELETE ON "ApiToken"
BEGIN
    INSERT INTO "ApiTokenSearch"("ApiTokenSearch", rowid, "searchKey") VALUES ('delete', OLD.rowid, OLD."searchKey");
END;

CREATE TRIGGER "ApiTokenSearch_update" AFTER UPDATE OF "searchKey" ON "ApiToken"
BEGIN
    INSERT INTO "ApiTokenSearch"("ApiTokenSearch", rowid, "searchKey") VALUES ('delete', OLD.rowid, OLD."searchKey");
    INSERT INTO "ApiTokenSearch"(rowid, "searchKey") VALUES (NEW.rowid, NEW."searchKey");
END;

INSERT INTO "ApiTokenSearch"("ApiTokenSearch") VALUES ('rebuild');

-- Planner statistics. A search's list query is "accountId = ? AND id IN (the matching ids)".
-- Without statistics SQLite guesses that an account holds about ten tokens and walks the
-- account's creation-date index instead of fetching those few ids, which at 10,000 tokens
-- reads every one. These rows say what is true of a console: an account holds many tokens.
-- A later ANALYZE (or PRAGMA optimize) replaces them with measured ones.
ANALYZE sqlite_schema;
DELETE FROM sqlite_stat1 WHERE tbl = 'ApiToken' AND idx IN ('ApiToken_accountId_createdAt_idx', 'ApiToken_accountId_nameKey_key', 'ApiToken_accountId_expiresAt_idx');
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('ApiToken', 'ApiToken_accountId_createdAt_idx', '100000 1000 1'),
    ('ApiToken', 'ApiToken_accountId_nameKey_key', '100000 1000 1'),
    ('ApiToken', 'ApiToken_accountId_expiresAt_idx', '100000 1000 1');
