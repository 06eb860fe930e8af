import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PasswordForm } from '@/components/account/password-form';
import { TokensSection } from '@/components/account/tokens-section';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Alert, Card, PageHeader } from '@/components/ui/misc';
import { listTokens } from '@/lib/server/account';
import { requirePageActor } from '@/lib/server/page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('meta'))('account') };
}

export default async function AccountPage() {
  const actor = await requirePageActor({ mustChangePasswordOk: true });
  const [{ items }, t, format] = await Promise.all([listTokens({ actor, scope: 'own' }), getTranslations('account'), getFormatter()]);
  const day = (s: string | null) =>
    s ? `${format.dateTime(new Date(s), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC` : null;
  return (
    <>
      <PageHeader title={t('title')} description={t('description', { email: actor.email })} />
      {actor.mustChangePassword ? (
        <div className="mb-6">
          <Alert tone="amber">{t('mustChange')}</Alert>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card className="p-6">
          <h2 className="mb-4 text-base font-semibold">{t('passwordTitle')}</h2>
          <ClientMessages namespaces={['account', 'common']}>
            <PasswordForm />
          </ClientMessages>
        </Card>
        <Card className="p-6">
          <h2 className="mb-1 text-base font-semibold">{t('tokensTitle')}</h2>
          <p className="mb-4 text-sm text-slate-600">{t('tokensDescription')}</p>
          <ClientMessages namespaces={['account']}>
            <TokensSection
              tokens={items.map((tk) => ({
                id: tk.id,
                name: tk.name,
                created: day(tk.createdAt)!,
                lastUsed: day(tk.lastUsedAt),
                expires: day(tk.expiresAt),
                state: tk.state,
              }))}
            />
          </ClientMessages>
        </Card>
      </div>
    </>
  );
}
