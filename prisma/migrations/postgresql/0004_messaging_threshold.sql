-- Organisation policy: message users at the latest after this many minutes (guide p.11: "20 or more minutes").
ALTER TABLE "Policy" ADD COLUMN "messagingThresholdMinutes" INTEGER NOT NULL DEFAULT 20;
