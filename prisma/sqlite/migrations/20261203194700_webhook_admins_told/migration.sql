-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN "adminsToldAt" DATETIME;
