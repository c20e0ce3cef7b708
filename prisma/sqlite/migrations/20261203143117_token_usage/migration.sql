-- CreateTable
CREATE TABLE "TokenUsageHour" (
    "tokenId" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("tokenId", "hour", "outcome"),
    CONSTRAINT "TokenUsageHour_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TokenClientAddress" (
    "tokenId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "firstSeenAt" DATETIME NOT NULL,
    "lastSeenAt" DATETIME NOT NULL,

    PRIMARY KEY ("tokenId", "address"),
    CONSTRAINT "TokenClientAddress_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "TokenUsageHour_hour_idx" ON "TokenUsageHour"("hour");

-- CreateIndex
CREATE INDEX "TokenClientAddress_lastSeenAt_idx" ON "TokenClientAddress"("lastSeenAt");
