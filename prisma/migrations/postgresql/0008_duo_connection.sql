-- Issue 19: the Duo Admin API connection (one row). The secret key is stored only as AES-256-GCM
-- ciphertext (lib/server/duo/secret-box.ts); "state" is the last Duo state read by a sync (no secrets,
-- no user names): integrations, groups with status and member count, bypass users' groups.
CREATE TABLE "DuoConnection" (
    "id" INTEGER NOT NULL,
    "apiHost" TEXT NOT NULL,
    "integrationKey" TEXT NOT NULL,
    "secretKeyEnc" TEXT NOT NULL,
    "lastSyncAt" TIMESTAMP(3),
    "lastSyncError" TEXT,
    "state" TEXT,
    "stateAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,
    CONSTRAINT "DuoConnection_pkey" PRIMARY KEY ("id")
);
