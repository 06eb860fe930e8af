-- Issue 16: incident mode (docs/decisions/0090-incidents.md).
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "scenario" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open',
    "startedAt" TIMESTAMP(3) NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '{}',
    "affected" TEXT NOT NULL,
    "declaredBy" TEXT NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "closedBy" TEXT,
    "overrideReason" TEXT,
    "drillId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Incident_state_startedAt_idx" ON "Incident"("state", "startedAt");

CREATE TABLE "IncidentItem" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "applicationId" TEXT,
    "actionId" TEXT,
    "position" INTEGER NOT NULL,
    "textEn" TEXT NOT NULL,
    "textDe" TEXT NOT NULL,
    "done" BOOLEAN NOT NULL DEFAULT false,
    "doneBy" TEXT,
    "doneAt" TIMESTAMP(3),
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "IncidentItem_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "IncidentItem_incidentId_position_idx" ON "IncidentItem"("incidentId", "position");

CREATE TABLE "IncidentAction" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "params" TEXT NOT NULL,
    "findings" TEXT NOT NULL,
    "takenBy" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3),
    CONSTRAINT "IncidentAction_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "IncidentAction_incidentId_takenAt_idx" ON "IncidentAction"("incidentId", "takenAt");

CREATE TABLE "IncidentEvent" (
    "id" SERIAL NOT NULL,
    "incidentId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "data" TEXT NOT NULL DEFAULT '{}',
    CONSTRAINT "IncidentEvent_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "IncidentEvent_incidentId_id_idx" ON "IncidentEvent"("incidentId", "id");

ALTER TABLE "IncidentItem" ADD CONSTRAINT "IncidentItem_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "IncidentAction" ADD CONSTRAINT "IncidentAction_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "IncidentEvent" ADD CONSTRAINT "IncidentEvent_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The timeline is append-only (incidents are never deleted by the app).
CREATE FUNCTION orp_incident_timeline_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'incident timeline is append-only';
END;
$$;
CREATE TRIGGER "IncidentEvent_no_update" BEFORE UPDATE OR DELETE ON "IncidentEvent" FOR EACH ROW EXECUTE FUNCTION orp_incident_timeline_append_only();
