-- CreateIndex
CREATE INDEX "ApiToken_accountId_revokedAt_disabledAt_expiresAt_id_idx" ON "ApiToken"("accountId", "revokedAt", "disabledAt", "expiresAt", "id");

-- Planner statistics for the new index, as 20261203143607_token_name_search gives the others
-- (an account holds many tokens, most neither revoked nor disabled). Without a row, SQLite
-- took the index for a ten-row one and chose it for every "accountId = ?" query, reading
-- the whole account for the unfiltered page and the name search instead of 20 rows.
DELETE FROM sqlite_stat1 WHERE tbl = 'ApiToken' AND idx = 'ApiToken_accountId_revokedAt_disabledAt_expiresAt_id_idx';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
    ('ApiToken', 'ApiToken_accountId_revokedAt_disabledAt_expiresAt_id_idx', '100000 1000 1000 1000 1 1');
