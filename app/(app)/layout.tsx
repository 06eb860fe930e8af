import { getTranslations } from 'next-intl/server';
import { AppHeader } from '@/components/layout/app-header';
import { DuoStatusBanner } from '@/components/layout/duo-status-banner';
import { requirePageActor } from '@/lib/server/page';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor({ mustChangePasswordOk: true });
  const t = await getTranslations('common');
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('skipToContent')}
      </a>
      <AppHeader actor={actor} />
      <DuoStatusBanner />
      <main id="main" className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        {children}
      </main>
    </>
  );
}
