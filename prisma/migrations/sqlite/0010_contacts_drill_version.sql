-- Issue 18 item 10: who to call and how to escalate per application (printed in the runbook header),
-- and a version on drills so that editing one never loses a concurrent update.
ALTER TABLE "Application" ADD COLUMN "onCallContact" TEXT;
ALTER TABLE "Application" ADD COLUMN "escalation" TEXT;
ALTER TABLE "Drill" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Drill" ADD COLUMN "updatedAt" DATETIME;
ALTER TABLE "Drill" ADD COLUMN "updatedBy" TEXT;
