import Link from '@/components/ui/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { logoutAction } from '@/lib/actions/auth';
import { ROLE_LABELS } from '@/lib/i18n/labels';
import type { Actor } from '@/lib/server/permissions';
import { can } from '@/lib/server/permissions';
import { LocaleSwitch } from './locale-switch';
import { HeaderMenu } from './header-menu';
import { NavLink } from './nav-link';

export async function AppHeader({ actor }: { actor: Actor }) {
  const [t, tc, locale] = await Promise.all([getTranslations('nav'), getTranslations('common'), getLocale()]);
  const links = [
    { href: '/dashboard', label: t('dashboard') },
    { href: '/applications', label: t('applications') },
    { href: '/groups', label: t('groups') },
    { href: '/findings', label: t('findings') },
    { href: '/runbooks', label: t('runbooks') },
    { href: '/reviews', label: t('reviews') },
    { href: '/simulate', label: t('whatIf') },
    { href: '/incidents', label: t('incidents') },
    { href: '/drills', label: t('drills') },
    ...(can(actor, 'inventory:write')
      ? [
          { href: '/import', label: t('import') },
          { href: '/duo', label: t('duo') },
        ]
      : []),
    { href: '/logs', label: t('logs') },
    { href: '/policy', label: t('policy') },
    ...(can(actor, 'users:manage') ? [{ href: '/admin/users', label: t('users') }] : []),
    ...(can(actor, 'audit:read') ? [{ href: '/admin/audit', label: t('audit') }] : []),
  ];
  return (
    <header data-app-header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-screen-2xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold text-slate-900 no-underline hover:no-underline">
          <span aria-hidden="true" className="flex h-7 w-7 items-center justify-center rounded bg-brand-600 text-xs font-bold text-white">
            OR
          </span>
          <span className="hidden 2xl:inline">{tc('appName')}</span>
          <span className="2xl:hidden">{tc('appNameShort')}</span>
        </Link>
        {/* Without JavaScript the menu button cannot open the panel: show the panel instead. */}
        <noscript>
          <style>
            {
              '@media (max-width: 1023.98px) { [data-nav-panel] { display: flex !important; } [data-nav-toggle] { display: none !important; } }'
            }
          </style>
        </noscript>
        <HeaderMenu label={t('menu')}>
          <nav aria-label={t('main')} className="grid grid-cols-2 gap-0.5 sm:grid-cols-3 lg:flex lg:flex-1 lg:flex-wrap">
            {links.map((l) => (
              <NavLink key={l.href} href={l.href}>
                {l.label}
              </NavLink>
            ))}
          </nav>
          <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3 text-sm lg:flex-nowrap lg:border-0 lg:pt-0">
            <LocaleSwitch compact />
            <Link href="/account" className="text-slate-700" title={t('account')}>
              <span className="font-medium">{actor.name}</span> <span className="text-slate-500">({ROLE_LABELS[actor.role][locale]})</span>
            </Link>
            <form action={logoutAction}>
              <button type="submit" className="rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100">
                {t('signOut')}
              </button>
            </form>
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
