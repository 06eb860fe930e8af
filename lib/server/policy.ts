import 'server-only';
import { policyUpdateSchema } from '../validations/api';
import { auditEntry } from './audit';
import { getDb } from './db/client';
import { withInventoryWrite } from './review-edits';
import { AppError } from './errors';
import { parseOrThrow } from './inventory/shared';
import { bumpRevision, encodeDataClasses, getInventorySnapshot, type PolicyRecord } from './inventory/snapshot';
import { assertCan, type Actor } from './permissions';

export async function getPolicy({ actor }: { actor: Actor | null }): Promise<PolicyRecord> {
  assertCan(actor, 'inventory:read');
  return (await getInventorySnapshot()).policy;
}

/** Admins edit the organisation policy; every assessment changes with it at once. */
export async function updatePolicy({ actor, input }: { actor: Actor | null; input: unknown }): Promise<PolicyRecord> {
  assertCan(actor, 'policy:write');
  const data = parseOrThrow(policyUpdateSchema, input, 'policy');
  const db = await getDb();
  await withInventoryWrite(actor, async () => {
    const current = (await getInventorySnapshot()).policy;
    if (current.version !== data.version) {
      throw new AppError(
        'CONFLICT',
        'Someone else changed the policy after you opened it. Nothing was saved: reload and apply your change again.',
      );
    }
    const { version, ...after } = data;
    const row = {
      mandatoryDataClasses: encodeDataClasses(after.mandatoryDataClasses),
      paidEdition: after.paidEdition,
      reviewIntervalDays: after.reviewIntervalDays,
      defaultLanguage: after.defaultLanguage,
      // Omitted by an older client: keep what is set.
      messagingThresholdMinutes: after.messagingThresholdMinutes ?? current.messagingThresholdMinutes,
      maxRiskAcceptanceDays: after.maxRiskAcceptanceDays ?? current.maxRiskAcceptanceDays,
      updatedBy: actor.email,
    };
    await db.$transaction([
      db.policy.update({ where: { id: 1, version }, data: { ...row, version: { increment: 1 } } }),
      bumpRevision(db),
      db.auditLog.create({
        data: auditEntry({
          actor,
          action: 'policy.update',
          entity: 'policy',
          entityId: '1',
          before: { ...current, version: undefined },
          after,
        }),
      }),
    ]);
  });
  return (await getInventorySnapshot()).policy;
}
