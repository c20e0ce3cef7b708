-- DropIndex
DROP INDEX "AuditEvent_accountId_targetId_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_actorLabel_occurredAt_idx" ON "AuditEvent"("accountId", "actorLabel", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_accountId_targetId_occurredAt_idx" ON "AuditEvent"("accountId", "targetId", "occurredAt");
