-- Sign-in throttle counters are transient: the old rows are dropped with the old shape
-- rather than converted (at worst a running delay ends early once).
DROP TABLE "LoginThrottle";
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptMs" BIGINT NOT NULL,
    "blockedUntilMs" BIGINT NOT NULL DEFAULT 0,
    "lastAllowed" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "LoginThrottle_lastAttemptMs_idx" ON "LoginThrottle"("lastAttemptMs");
