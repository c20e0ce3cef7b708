-- AlterTable
ALTER TABLE "WebhookEndpoint" ADD COLUMN     "adminsToldAt" TIMESTAMP(3);
