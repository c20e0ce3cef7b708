-- Name search that ignores case and accents, and uses an index (issues 10 and 14).
--
-- searchKey holds the name as lib/tokens/name-search/search-key.ts folds it. SQL cannot
-- fold it the same way, so existing rows get an empty key here and the start command fills
-- it in before serving (lib/tokens/name-search/backfill-search-keys.ts).
--
-- The driver adapter that applies migrations splits scripts at every semicolon, comments
-- included, so no comment here holds one.
ALTER TABLE "ApiToken" ADD COLUMN "searchKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "ApiToken" ALTER COLUMN "searchKey" DROP DEFAULT;

-- The index: pg_trgm's GIN operator class answers LIKE '%…%' from trigrams (queries of
-- three characters or more). pg_trgm ships with PostgreSQL (Debian's postgresql package
-- includes it) and is a trusted extension, so the database owner may create it without
-- being a superuser. Prisma does not describe this index: the schema's comment names it, and
-- tests/integration/foundation/migrations.test.ts knows it is there on purpose.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "ApiToken_searchKey_trgm_idx" ON "ApiToken" USING GIN ("searchKey" gin_trgm_ops);
