-- Audit integrity (issue 12): the log is append-only in the database itself, an account's
-- history no longer goes with the account, and events record which hash scheme they use.
--
-- The driver adapter that applies migrations splits scripts at every semicolon, comments
-- included, so this file has none inside a statement: the trigger function's body is an
-- escape string whose semicolons are written as \073.

-- The events already there carry unkeyed SHA-256 hashes (chain version 1). New events
-- default to 2 (HMAC-SHA-256 under KEYWARD_AUDIT_KEY).
ALTER TABLE "AuditEvent" ADD COLUMN "chainVersion" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "AuditEvent" ALTER COLUMN "chainVersion" SET DEFAULT 2;

-- Restrict, never Cascade: an account with audit history cannot be deleted.
ALTER TABLE "AuditEvent" DROP CONSTRAINT "AuditEvent_accountId_fkey";
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only below the application: raw SQL, nested writes and foreign-key actions are
-- refused too. Only someone who can drop these triggers (the database owner) can change
-- history, and the keyed chain and audit:verify --anchor exist for that case.
CREATE FUNCTION "AuditEvent_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
    RAISE EXCEPTION ''AuditEvent is append-only: % refused (trigger AuditEvent_append_only)'', TG_OP
        USING ERRCODE = ''insufficient_privilege''\073
END\073
';

CREATE TRIGGER "AuditEvent_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "AuditEvent_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "AuditEvent_append_only"();
