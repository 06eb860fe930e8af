import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { LocaleSwitch } from '@/components/layout/locale-switch';
import { getActor } from '@/lib/server/auth/current';
import { safeNextPath } from '@/lib/validations/next-path';
import { ClientMessages } from '@/components/i18n/client-messages';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('signIn') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getActor()) redirect(safeNextPath(next));
  const t = await getTranslations();
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div
            aria-hidden="true"
            className="mx-auto mb-3 flex h-11 w-11 items-center justify-center rounded-lg bg-brand-600 text-lg font-bold text-white"
          >
            OR
          </div>
          <h1 className="text-xl font-semibold text-slate-900">{t('common.appName')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('login.tagline')}</p>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <ClientMessages namespaces={['login']}>
            <LoginForm next={next} />
          </ClientMessages>
        </div>
        <LocaleSwitch className="mt-4 justify-center" />
      </div>
    </main>
  );
}
