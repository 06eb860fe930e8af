import Link from 'next/link';
import { logoutAction } from '@/lib/actions/auth';
import { ROLE_LABELS } from '@/lib/i18n/labels';
import type { Actor } from '@/lib/server/permissions';
import { can } from '@/lib/server/permissions';
import { NavLink } from './nav-link';

export function AppHeader({ actor }: { actor: Actor }) {
  const links = [
    { href: '/dashboard', label: 'Dashboard' },
    { href: '/applications', label: 'Applications' },
    { href: '/groups', label: 'Groups' },
    { href: '/findings', label: 'Findings' },
    { href: '/runbooks', label: 'Runbooks' },
    { href: '/reviews', label: 'Reviews' },
    { href: '/simulate', label: 'What if' },
    { href: '/drills', label: 'Drills' },
    { href: '/policy', label: 'Policy' },
    ...(can(actor, 'users:manage') ? [{ href: '/admin/users', label: 'Users' }] : []),
    ...(can(actor, 'audit:read') ? [{ href: '/admin/audit', label: 'Audit' }] : []),
  ];
  return (
    <header data-app-header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 no-underline hover:no-underline">
          <span aria-hidden="true" className="flex h-7 w-7 items-center justify-center rounded bg-brand-600 text-xs font-bold text-white">
            OR
          </span>
          <span className="hidden 2xl:inline">Outage Readiness Planner</span>
          <span className="2xl:hidden">Readiness Planner</span>
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-0.5">
          {links.map((l) => (
            <NavLink key={l.href} href={l.href}>
              {l.label}
            </NavLink>
          ))}
        </nav>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-slate-700">
            <span className="font-medium">{actor.name}</span>{' '}
            <span className="text-slate-500">({ROLE_LABELS[actor.role].en})</span>
          </span>
          <form action={logoutAction}>
            <button type="submit" className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
