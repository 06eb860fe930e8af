import type { Metadata } from 'next';
import { InviteUserForm } from '@/components/admin/invite-user-form';
import { UserRowControls } from '@/components/admin/user-row-controls';
import { Badge, Card, PageHeader } from '@/components/ui/misc';
import type { Role } from '@/lib/domain/types';
import { requirePagePermission } from '@/lib/server/page';
import { listUsers } from '@/lib/server/users';

export const metadata: Metadata = { title: 'Users' };

export default async function UsersPage() {
  const actor = await requirePagePermission('users:manage');
  const users = await listUsers({ actor });
  return (
    <>
      <PageHeader title="Users" description="Invite people, change their role, or disable an account (which ends its sessions at once)." />
      <Card className="mb-6 p-6">
        <h2 className="mb-4 text-base font-semibold">Invite a user</h2>
        <InviteUserForm />
      </Card>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Users</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className="px-4 py-3">User</th>
              <th scope="col" className="px-4 py-3">Status</th>
              <th scope="col" className="px-4 py-3">Active sessions</th>
              <th scope="col" className="px-4 py-3">Role and access</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((u) => (
              <tr key={u.id}>
                <td className="px-4 py-3">
                  <div className="font-medium">{u.name}</div>
                  <div className="text-xs text-slate-500">{u.email}</div>
                </td>
                <td className="px-4 py-3">{u.disabled ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Active</Badge>}</td>
                <td className="px-4 py-3 tabular-nums">{u.activeSessions}</td>
                <td className="px-4 py-3">
                  <UserRowControls id={u.id} email={u.email} role={u.role as Role} disabled={u.disabled} version={u.version} self={u.id === actor.id} sessions={u.activeSessions} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
