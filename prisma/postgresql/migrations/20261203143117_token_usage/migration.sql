-- CreateTable
CREATE TABLE "TokenUsageHour" (
    "tokenId" TEXT NOT NULL,
    "hour" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "TokenUsageHour_pkey" PRIMARY KEY ("tokenId","hour","outcome")
);

-- CreateTable
CREATE TABLE "TokenClientAddress" (
    "tokenId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TokenClientAddress_pkey" PRIMARY KEY ("tokenId","address")
);

-- CreateIndex
CREATE INDEX "TokenUsageHour_hour_idx" ON "TokenUsageHour"("hour");

-- CreateIndex
CREATE INDEX "TokenClientAddress_lastSeenAt_idx" ON "TokenClientAddress"("lastSeenAt");

-- AddForeignKey
ALTER TABLE "TokenUsageHour" ADD CONSTRAINT "TokenUsageHour_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TokenClientAddress" ADD CONSTRAINT "TokenClientAddress_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
