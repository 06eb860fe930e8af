-- Issue 15: imported applications start in "needs triage"; re-imports match by source or Duo ikey hash.
ALTER TABLE "Application" ADD COLUMN "needsTriage" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Application" ADD COLUMN "sourceKey" TEXT;
ALTER TABLE "Application" ADD COLUMN "ikeyHash" TEXT;

-- CreateIndex
CREATE INDEX "Application_sourceKey_idx" ON "Application"("sourceKey");

-- CreateIndex
CREATE INDEX "Application_ikeyHash_idx" ON "Application"("ikeyHash");
