-- Issue 14: sign-in throttling with an atomic counter per key (account+address, address, account),
-- and failed sign-ins aggregated per account+address and minute before they reach the audit log.
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "hits" INTEGER NOT NULL DEFAULT 0,
    "windowStart" BIGINT NOT NULL,
    "blockedUntil" BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX "LoginThrottle_windowStart_idx" ON "LoginThrottle"("windowStart");

CREATE TABLE "LoginFailureWindow" (
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "windowStart" BIGINT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "throttled" INTEGER NOT NULL DEFAULT 0,
    "lastReason" TEXT,
    PRIMARY KEY ("email", "address", "windowStart")
);
CREATE INDEX "LoginFailureWindow_windowStart_idx" ON "LoginFailureWindow"("windowStart");
