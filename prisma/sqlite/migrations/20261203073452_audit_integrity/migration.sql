-- Audit integrity (issue 12): the log is append-only in the database itself, an account's
-- history no longer goes with the account, and events record which hash scheme they use.

-- RedefineTables: SQLite cannot change a foreign key in place. Every row is copied with its
-- id; the events already there carry unkeyed SHA-256 hashes, chain version 1.
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AuditEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "accountId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "occurredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" TEXT,
    "actorTokenId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "targetLabel" TEXT,
    "targetHint" TEXT,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "changes" TEXT,
    "prevHash" TEXT,
    "hash" TEXT NOT NULL,
    "chainVersion" INTEGER NOT NULL DEFAULT 2,
    CONSTRAINT "AuditEvent_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_AuditEvent" ("accountId", "action", "actorLabel", "actorTokenId", "actorUserId", "changes", "hash", "id", "ipAddress", "occurredAt", "prevHash", "seq", "targetHint", "targetId", "targetLabel", "targetType", "userAgent", "chainVersion") SELECT "accountId", "action", "actorLabel", "actorTokenId", "actorUserId", "changes", "hash", "id", "ipAddress", "occurredAt", "prevHash", "seq", "targetHint", "targetId", "targetLabel", "targetType", "userAgent", 1 FROM "AuditEvent";
DROP TABLE "AuditEvent";
ALTER TABLE "new_AuditEvent" RENAME TO "AuditEvent";
CREATE INDEX "AuditEvent_accountId_occurredAt_idx" ON "AuditEvent"("accountId", "occurredAt");
CREATE INDEX "AuditEvent_accountId_action_occurredAt_idx" ON "AuditEvent"("accountId", "action", "occurredAt");
CREATE INDEX "AuditEvent_accountId_actorLabel_occurredAt_idx" ON "AuditEvent"("accountId", "actorLabel", "occurredAt");
CREATE INDEX "AuditEvent_accountId_targetId_occurredAt_idx" ON "AuditEvent"("accountId", "targetId", "occurredAt");
CREATE UNIQUE INDEX "AuditEvent_accountId_seq_key" ON "AuditEvent"("accountId", "seq");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Append-only below the application: raw SQL, nested writes and foreign-key actions are
-- refused too. Only someone who can drop these triggers (the database owner) can change
-- history, and the keyed chain and audit:verify --anchor exist for that case.
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only: UPDATE refused (trigger AuditEvent_no_update)');
END;

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'AuditEvent is append-only: DELETE refused (trigger AuditEvent_no_delete)');
END;

-- The foreign key above holds only on connections that turn foreign keys on, which SQLite
-- leaves off by default (the sqlite3 shell, most tools). This holds on every connection.
CREATE TRIGGER "Account_keeps_audit_history" BEFORE DELETE ON "Account"
WHEN EXISTS (SELECT 1 FROM "AuditEvent" WHERE "accountId" = OLD."id")
BEGIN
    SELECT RAISE(ABORT, 'Account has audit history: DELETE refused (trigger Account_keeps_audit_history)');
END;
