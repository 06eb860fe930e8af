import 'server-only';
import { iterateAssessments, type ApplicationAssessment } from '../../domain/assess';
import { CATALOG_VERSION } from '../../domain/catalog';
import {
  buildFingerprintIndex,
  fingerprintOf,
  indexInputs,
  reviewFingerprint,
  reviewInputs,
  REVIEW_INPUTS_VERSION,
  reviewStatus,
  type LatestDecision,
  type ReviewInputs,
  type ReviewStatus,
} from '../../domain/review';
import {
  DEFAULT_POLICY,
  type ApplicationInput,
  type ConfiguredFailmode,
  type Criticality,
  type DataClass,
  type IntegrationSlug,
  type Lang,
  type MfaMandate,
  type Policy,
} from '../../domain/types';
import type { Prisma } from '../../generated/prisma/client';
import { getDb, type Db } from '../db/client';
import { cachedRevision, readGeneration, rememberRevision } from '../db/read-cache';
import { loadEnv } from '../../env';
import { yieldEvery, yieldToEventLoop } from '../cooperative';

export interface AppRecord extends ApplicationInput {
  id: string;
  version: number;
  /** Imported and not yet classified: no level is shown and no finding argues for weakening. */
  needsTriage: boolean;
  /** Where an import found it (re-imports match on it), e.g. "authproxy:authproxy01:radius_server_auto". */
  sourceKey: string | null;
  /** One-way fingerprint of its Duo integration key (re-imports match on it). */
  ikeyHash: string | null;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface GroupRecord {
  id: string;
  version: number;
  name: string;
  alwaysRequireMfa: boolean;
  memberCount?: number;
  description?: string;
  applications: string[];
  updatedAt: Date;
}

export interface PolicyRecord extends Policy {
  version: number;
}

export interface ReviewRecord extends LatestDecision {
  id: string;
  rationale: string;
  inputs: ReviewInputs;
}

export interface ReviewBasis {
  inputs: ReviewInputs;
  fingerprint: string;
  latest: ReviewRecord | null;
}

export interface InventorySnapshot {
  revision: number;
  policy: PolicyRecord;
  apps: AppRecord[];
  groups: GroupRecord[];
  appById: Map<string, AppRecord>;
  groupById: Map<string, GroupRecord>;
  assessmentById: Map<string, ApplicationAssessment>;
  reviewById: Map<string, ReviewBasis>;
}

const INVENTORY_KEY = 'inventory';

/** The batch operation every inventory write adds: it moves the revision that keys the cache. */
export function bumpRevision(db: Db | Prisma.TransactionClient): Prisma.PrismaPromise<unknown> {
  return db.meta.upsert({
    where: { key: INVENTORY_KEY },
    create: { key: INVENTORY_KEY, value: 1 },
    update: { value: { increment: 1 } },
  });
}

export const encodeDataClasses = (xs: readonly string[]) => (xs.length ? `,${[...xs].sort().join(',')},` : '');
export const decodeDataClasses = (s: string) => s.split(',').filter(Boolean) as DataClass[];

export function policyFromRow(
  row: {
    mandatoryDataClasses: string;
    paidEdition: boolean;
    reviewIntervalDays: number;
    defaultLanguage: string;
    messagingThresholdMinutes: number;
    maxRiskAcceptanceDays?: number;
    version: number;
  } | null,
): PolicyRecord {
  if (!row) return { ...DEFAULT_POLICY, version: 0 };
  return {
    mandatoryDataClasses: decodeDataClasses(row.mandatoryDataClasses),
    paidEdition: row.paidEdition,
    reviewIntervalDays: row.reviewIntervalDays,
    defaultLanguage: row.defaultLanguage as Lang,
    messagingThresholdMinutes: row.messagingThresholdMinutes,
    maxRiskAcceptanceDays: row.maxRiskAcceptanceDays ?? DEFAULT_POLICY.maxRiskAcceptanceDays,
    version: row.version,
  };
}

const g = globalThis as unknown as { __orpSnapshot?: { key: string; snap: InventorySnapshot } };

/**
 * The whole inventory with its assessment, computed once per inventory revision and shared by every
 * request (the assessment reads across applications, so it is computed for all at once).
 */
export async function getInventorySnapshot(): Promise<InventorySnapshot> {
  const db = await getDb();
  // Every request that reads the inventory runs this, so it is one plain statement: Prisma's query
  // builder (db.meta.findUnique) costs about 0.5 ms more per call (docs/decisions/0060-performance.md).
  // "Meta" has the same shape on SQLite and PostgreSQL (prisma/migrations/*/0001_init.sql).
  const dbKey = loadEnv().DATABASE_URL ?? '';
  let revision = cachedRevision(dbKey);
  if (revision === undefined) {
    const generation = readGeneration();
    const rows = await db.$queryRaw<{ value: number | bigint }[]>`SELECT "value" FROM "Meta" WHERE "key" = ${INVENTORY_KEY}`;
    revision = rows.length ? Number(rows[0].value) : 0;
    rememberRevision(dbKey, revision, generation);
  }
  const key = `${loadEnv().DATABASE_URL ?? ''}#${revision}`;
  if (g.__orpSnapshot?.key === key) return g.__orpSnapshot.snap;
  const snap = await loadSnapshot(db, revision);
  g.__orpSnapshot = { key, snap };
  return snap;
}

// A stored decision's fingerprint under today's rule (fingerprintOf), from the inputs it stored; a
// decision is never changed, so once per process. Inputs of another version keep the stored value
// (they are stale anyway). Decisions stored before the set-digest rule stay valid this way.
const storedFingerprints = new Map<string, string>();
function storedFingerprint(reviewId: string, inputs: ReviewInputs, stored: string): string {
  let fp = storedFingerprints.get(reviewId);
  if (fp === undefined) {
    fp = inputs?.v === REVIEW_INPUTS_VERSION ? fingerprintOf(inputs) : stored;
    if (storedFingerprints.size >= 100_000) storedFingerprints.clear();
    storedFingerprints.set(reviewId, fp);
  }
  return fp;
}

// One collator: `localeCompare` with options builds a new one per call (4 s for 17,000 applications).
const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

const SNAPSHOT_PAGE = 500;

async function loadSnapshot(db: Db, revision: number): Promise<InventorySnapshot> {
  const [groupRows, policyRow, reviewRows] = await Promise.all([
    db.group.findMany({ orderBy: { nameKey: 'asc' } }),
    db.policy.findUnique({ where: { id: 1 } }),
    db.review.findMany({ orderBy: [{ decidedAt: 'desc' }, { id: 'desc' }] }),
  ]);
  // Applications and their access in pages (a turn for the event loop between them): Prisma maps a
  // result synchronously, and 17,000 rows in one go held every other request for seconds.
  const appRows: Prisma.ApplicationGetPayload<object>[] = [];
  const access: { applicationId: string; groupId: string }[] = [];
  for (let after: string | null = null; ;) {
    const page: Prisma.ApplicationGetPayload<object>[] = await db.application.findMany({
      where: after === null ? {} : { nameKey: { gt: after } },
      orderBy: { nameKey: 'asc' },
      take: SNAPSHOT_PAGE,
    });
    await yieldToEventLoop();
    if (page.length > 0) {
      appRows.push(...page);
      access.push(...(await db.access.findMany({ where: { applicationId: { in: page.map((a) => a.id) } } })));
      await yieldToEventLoop();
    }
    if (page.length < SNAPSHOT_PAGE) break;
    after = page[page.length - 1].nameKey;
  }
  // Built in slices with a turn for the event loop between them: 17,000 applications take seconds.
  const tick = yieldEvery(100);
  await yieldToEventLoop();
  const groupName = new Map(groupRows.map((g) => [g.id, g.name]));
  const appName = new Map(appRows.map((a) => [a.id, a.name]));
  const groupsOfApp = new Map<string, string[]>();
  const appsOfGroup = new Map<string, string[]>();
  for (const e of access) {
    const gn = groupName.get(e.groupId);
    const an = appName.get(e.applicationId);
    if (gn === undefined || an === undefined) continue;
    (groupsOfApp.get(e.applicationId) ?? groupsOfApp.set(e.applicationId, []).get(e.applicationId)!).push(gn);
    (appsOfGroup.get(e.groupId) ?? appsOfGroup.set(e.groupId, []).get(e.groupId)!).push(an);
  }
  const byName = nameCollator.compare;
  const apps: AppRecord[] = [];
  for (const a of appRows) {
    await tick();
    apps.push({
      id: a.id,
      version: a.version,
      name: a.name,
      integration: a.integration as IntegrationSlug,
      dataClasses: decodeDataClasses(a.dataClasses),
      mfaMandate: a.mfaMandate as MfaMandate,
      criticality: a.criticality as Criticality,
      configuredFailmode: a.configuredFailmode as ConfiguredFailmode,
      groups: (groupsOfApp.get(a.id) ?? []).sort(byName),
      ...(a.owner ? { owner: a.owner } : {}),
      ...(a.notes ? { notes: a.notes } : {}),
      ...(a.onCallContact ? { onCallContact: a.onCallContact } : {}),
      ...(a.escalation ? { escalation: a.escalation } : {}),
      updatedAt: a.updatedAt,
      updatedBy: a.updatedBy,
      needsTriage: a.needsTriage === true,
      sourceKey: a.sourceKey ?? null,
      ikeyHash: a.ikeyHash ?? null,
    });
  }
  const groups: GroupRecord[] = groupRows.map((g) => ({
    id: g.id,
    version: g.version,
    name: g.name,
    alwaysRequireMfa: g.alwaysRequireMfa,
    ...(g.memberCount !== null ? { memberCount: g.memberCount } : {}),
    ...(g.description ? { description: g.description } : {}),
    applications: (appsOfGroup.get(g.id) ?? []).sort(byName),
    updatedAt: g.updatedAt,
  }));
  const policy = policyFromRow(policyRow);
  const assessment: ApplicationAssessment[] = [];
  for (const x of iterateAssessments(
    { groups: groups.map((g) => ({ name: g.name, alwaysRequireMfa: g.alwaysRequireMfa })), applications: apps },
    policy,
  )) {
    assessment.push(x);
    await tick();
  }
  const assessmentById = new Map<string, ApplicationAssessment>();
  apps.forEach((a, i) => {
    const x = assessment[i];
    // Needs triage: the mandate, data and criticality are placeholders, so a finding that argues for
    // a weaker failmode (FAILMODE_STRICTER_THAN_NEEDED) would be invented advice (issue 15).
    assessmentById.set(a.id, a.needsTriage ? { ...x, findings: x.findings.filter((f) => f.code !== 'FAILMODE_STRICTER_THAN_NEEDED') } : x);
  });
  const latestByApp = new Map<string, ReviewRecord>();
  for (const r of reviewRows) {
    await tick();
    if (latestByApp.has(r.applicationId)) continue;
    const inputs = JSON.parse(r.inputs) as ReviewInputs;
    latestByApp.set(r.applicationId, {
      id: r.id,
      decision: r.decision === 'approve' ? 'approve' : r.decision === 'accept-risk' ? 'accept-risk' : 'reject',
      reviewer: r.reviewer,
      decidedAt: r.decidedAt,
      expiresAt: r.expiresAt,
      fingerprint: storedFingerprint(r.id, inputs, r.fingerprint),
      rationale: r.rationale,
      inputs,
    });
  }
  const index = indexInputs(apps, assessment, groups);
  await yieldToEventLoop();
  const steps = buildFingerprintIndex(index);
  let built = steps.next();
  while (!built.done) {
    await yieldToEventLoop();
    built = steps.next();
  }
  const fpIndex = built.value;
  const reviewById = new Map<string, ReviewBasis>();
  for (const a of apps) {
    await tick();
    // The full inputs (lists of other applications) only when a review is stored or its changes are
    // shown: building them for every application is quadratic in the inventory.
    let inputs: ReviewInputs | undefined;
    reviewById.set(a.id, {
      get inputs() {
        return (inputs ??= reviewInputs(a, index, policy, CATALOG_VERSION));
      },
      fingerprint: reviewFingerprint(a, index, fpIndex, policy, CATALOG_VERSION),
      latest: latestByApp.get(a.id) ?? null,
    });
  }
  return {
    revision,
    policy,
    apps,
    groups,
    appById: new Map(apps.map((a) => [a.id, a])),
    groupById: new Map(groups.map((g) => [g.id, g])),
    assessmentById,
    reviewById,
  };
}

/** The review state of one application now (expiry depends on the clock, so it is not cached). */
export function reviewStatusOf(snap: InventorySnapshot, appId: string, now = new Date()): ReviewStatus {
  const basis = snap.reviewById.get(appId);
  if (!basis) return { state: 'unreviewed', reviewer: null, decidedAt: null, expiresAt: null, reason: null };
  return reviewStatus(basis.latest, basis.fingerprint, now, snap.policy.reviewIntervalDays);
}
