import type { Metadata } from 'next';
import Link from '@/components/ui/link';
import { getTranslations } from 'next-intl/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('forbidden') };
}

export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <p className="mt-2 text-slate-600">{t('text')}</p>
      <p className="mt-6">
        <Link href="/applications">{t('back')}</Link>
      </p>
    </main>
  );
}
