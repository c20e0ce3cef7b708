-- AlterTable: columns with defaults, so existing users keep their sessions' semantics
-- (version 0) and are not asked to change their password.
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
