-- Risk acceptance (issue 13): the policy's longest risk acceptance, the end a reviewer chose.
ALTER TABLE "Policy" ADD COLUMN "maxRiskAcceptanceDays" INTEGER NOT NULL DEFAULT 30;
ALTER TABLE "Review" ADD COLUMN "expiresAt" DATETIME;

-- Separation of duties: who changed the review fingerprint of which application, and when.
CREATE TABLE "ReviewEdit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "applicationId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewEdit_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "ReviewEdit_applicationId_actorId_at_idx" ON "ReviewEdit"("applicationId", "actorId", "at");

-- Tokens expire; passwords can be reset to a temporary one that must be changed.
ALTER TABLE "ApiToken" ADD COLUMN "expiresAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
