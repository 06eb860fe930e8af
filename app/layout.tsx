import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return {
    title: { default: t('appName'), template: `%s · ${t('appName')}` },
    description: t('description'),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        {/* No app-wide NextIntlClientProvider: each client component that uses next-intl sits in a
            <ClientMessages> (locale, time zone and its namespaces), so pages without one ship no i18n runtime. */}
        {children}
      </body>
    </html>
  );
}
