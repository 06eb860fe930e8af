-- Issue 16: incident mode (docs/decisions/0090-incidents.md).
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "startedAt" DATETIME NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '{}',
    "affected" TEXT NOT NULL,
    "declaredBy" TEXT NOT NULL,
    "declaredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "closedBy" TEXT,
    "overrideReason" TEXT,
    "drillId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX "Incident_state_startedAt_idx" ON "Incident"("state", "startedAt");

CREATE TABLE "IncidentItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "applicationId" TEXT,
    "actionId" TEXT,
    "position" INTEGER NOT NULL,
    "textEn" TEXT NOT NULL,
    "textDe" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneBy" TEXT,
    "doneAt" DATETIME,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "IncidentItem_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "IncidentItem_incidentId_position_idx" ON "IncidentItem"("incidentId", "position");

CREATE TABLE "IncidentAction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "takenBy" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL,
    "expiresAt" DATETIME,
    CONSTRAINT "IncidentAction_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "IncidentAction_incidentId_takenAt_idx" ON "IncidentAction"("incidentId", "takenAt");

CREATE TABLE "IncidentEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "incidentId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "IncidentEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "IncidentEvent_incidentId_id_idx" ON "IncidentEvent"("incidentId", "id");
-- The timeline is append-only (incidents are never deleted by the app).
CREATE TRIGGER "IncidentEvent_no_update" BEFORE UPDATE ON "IncidentEvent" BEGIN SELECT RAISE(ABORT, 'incident timeline is append-only'); END;
CREATE TRIGGER "IncidentEvent_no_delete" BEFORE DELETE ON "IncidentEvent" BEGIN SELECT RAISE(ABORT, 'incident timeline is append-only'); END;
