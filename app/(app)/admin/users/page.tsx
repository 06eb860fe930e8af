import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { InviteUserForm } from '@/components/admin/invite-user-form';
import { UserRowControls } from '@/components/admin/user-row-controls';
import { Badge, Card, PageHeader } from '@/components/ui/misc';
import type { Role } from '@/lib/domain/types';
import { requirePagePermission } from '@/lib/server/page';
import { listUsers } from '@/lib/server/users';
import { DataTable } from '@/components/ui/table';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('users') };
}

export default async function UsersPage() {
  const actor = await requirePagePermission('users:manage');
  const users = await listUsers({ actor });
  const t = await getTranslations('users');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card className="mb-6 p-6">
        <h2 className="mb-4 text-base font-semibold">{t('invite')}</h2>
        <ClientMessages namespaces={['inviteForm']}>
          <InviteUserForm />
        </ClientMessages>
      </Card>
      <DataTable
        caption={t('caption')}
        head={
          <>
            <th scope="col" className="px-4 py-3">
              {t('colUser')}
            </th>
            <th scope="col" className="px-4 py-3">
              {t('colStatus')}
            </th>
            <th scope="col" className="px-4 py-3">
              {t('colSessions')}
            </th>
            <th scope="col" className="px-4 py-3">
              {t('colRole')}
            </th>
          </>
        }
      >
        {users.map((u) => (
          <tr key={u.id}>
            <td className="px-4 py-3">
              <div className="font-medium">{u.name}</div>
              <div className="text-xs text-slate-500">{u.email}</div>
            </td>
            <td className="px-4 py-3">
              {u.disabled ? <Badge tone="red">{t('disabled')}</Badge> : <Badge tone="green">{t('active')}</Badge>}
            </td>
            <td className="px-4 py-3 tabular-nums">{u.activeSessions}</td>
            <td className="px-4 py-3">
              <ClientMessages namespaces={['userRow']}>
                <UserRowControls
                  id={u.id}
                  email={u.email}
                  role={u.role as Role}
                  disabled={u.disabled}
                  version={u.version}
                  self={u.id === actor.id}
                  sessions={u.activeSessions}
                  tokens={u.activeTokens}
                />
              </ClientMessages>
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
