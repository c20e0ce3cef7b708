-- CreateIndex
CREATE INDEX "ApiToken_accountId_revokedAt_disabledAt_expiresAt_id_idx" ON "ApiToken"("accountId", "revokedAt", "disabledAt", "expiresAt", "id");
