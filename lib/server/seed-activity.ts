import 'server-only';
import { getDb } from './db/client';
import { recordDrill } from './drills';
import { getInventorySnapshot } from './inventory/snapshot';
import type { Actor } from './permissions';
import { decideReview } from './reviews';

const APPROVED = ['EHR (Epic Hyperspace)', 'Linux jump hosts', 'Outlook Web Access', 'Staff wiki (Confluence)', 'Research file share'];
const REJECTED = 'Customer portal';

/** Demo history: a few approvals by the demo reviewer and one tabletop drill, so the dashboard has something to show. */
export async function seedDemoActivity(): Promise<void> {
  const db = await getDb();
  const [reviewer, editor] = await Promise.all([
    db.user.findUnique({ where: { email: 'reviewer@example.com' } }),
    db.user.findUnique({ where: { email: 'editor@example.com' } }),
  ]);
  if (!reviewer || !editor) return;
  const asActor = (u: typeof reviewer): Actor => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role as Actor['role'],
    locale: u.locale,
    via: 'cli',
  });
  const snap = await getInventorySnapshot();
  const id = (name: string) => snap.apps.find((a) => a.name === name)?.id;
  for (const name of APPROVED) {
    const appId = id(name);
    if (appId)
      await decideReview({
        actor: asActor(reviewer),
        applicationId: appId,
        input: { decision: 'approve', rationale: 'Demo: the configured failmode follows the guide for this level.' },
      });
  }
  const rejected = id(REJECTED);
  if (rejected)
    await decideReview({
      actor: asActor(reviewer),
      applicationId: rejected,
      input: {
        decision: 'reject',
        rationale: 'Demo: the custom fail-open code has never been tested against /auth/v2/ping and /auth/v2/check.',
      },
    });
  const date = new Date(Date.now() - 62 * 86_400_000).toISOString().slice(0, 10);
  await recordDrill({
    actor: asActor(editor),
    input: {
      date,
      kind: 'tabletop',
      scenario: 'unreachable',
      participants: 'IT on-call, Security, Clinical Applications',
      notes: 'Walked through the EHR and jump-host runbooks with the firewall block scenario.',
      outcomes: [
        { application: 'EHR (Epic Hyperspace)', result: 'passed' },
        { application: 'Linux jump hosts', result: 'passed' },
        { application: 'Remote access VPN', result: 'failed', notes: 'VPN section fails open although the app is restrictive.' },
      ],
      followUps: [
        {
          title: 'Set failmode = secure in [radius_server_auto] on authproxy01',
          owner: 'Network Team',
          dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        },
      ],
    },
  });
}
