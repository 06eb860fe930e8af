import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/**
 * The translations a client component needs, and only those: every page's payload carries the
 * messages its provider holds, so passing the whole catalogue (22 kB) made each page about a third
 * messages (docs/decisions/0060-performance.md). Wrap each client component that calls
 * useTranslations with the namespaces it uses; tests/unit/client-messages.test.ts checks that.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: React.ReactNode }) {
  const all = (await getMessages()) as Record<string, unknown>;
  const messages = Object.fromEntries(namespaces.map((ns) => [ns, all[ns] ?? {}]));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
