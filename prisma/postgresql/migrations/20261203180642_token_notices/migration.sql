-- CreateTable
CREATE TABLE "TokenNotice" (
    "id" TEXT NOT NULL,
    "tokenId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "email" TEXT NOT NULL,
    "claimedAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TokenNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TokenNotice_tokenId_kind_expiresAt_email_key" ON "TokenNotice"("tokenId", "kind", "expiresAt", "email");

-- AddForeignKey
ALTER TABLE "TokenNotice" ADD CONSTRAINT "TokenNotice_tokenId_fkey" FOREIGN KEY ("tokenId") REFERENCES "ApiToken"("id") ON DELETE CASCADE ON UPDATE CASCADE;
