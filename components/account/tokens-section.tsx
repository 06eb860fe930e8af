'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { createTokenAction, revokeTokenAction } from '@/lib/actions/account';

export interface TokenView {
  id: string;
  name: string;
  created: string;
  lastUsed: string | null;
  expires: string | null;
  state: 'active' | 'expired' | 'revoked';
}

const EXPIRY_DAYS = [30, 90, 365] as const;

export function TokensSection({ tokens }: { tokens: TokenView[] }) {
  const router = useRouter();
  const t = useTranslations('account');
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('90');
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-4">
      {created ? (
        <Alert tone="green" title={t('tokenCreated')}>
          <code className="mt-1 block break-all rounded bg-white px-2 py-1 font-mono text-xs" data-testid="new-token">
            {created}
          </code>
        </Alert>
      ) : null}
      {error ? <Alert tone="red">{error}</Alert> : null}
      <form
        aria-label={t('tokenCreateAria')}
        className="flex flex-wrap items-end gap-3"
        onSubmit={async (e) => {
          e.preventDefault();
          setPending(true);
          setError(null);
          const res = await createTokenAction({ name, expiresInDays: expiry === 'never' ? null : Number(expiry) });
          setPending(false);
          if (res.ok) {
            setCreated(res.data.token);
            setName('');
            router.refresh();
          } else setError(res.error.issues?.map((i) => i.message).join('; ') || res.error.message);
        }}
      >
        <Field id="tokenName" label={t('tokenName')} required>
          <Input id="tokenName" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field id="tokenExpiry" label={t('tokenExpiry')}>
          <Select id="tokenExpiry" value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            {EXPIRY_DAYS.map((d) => (
              <option key={d} value={String(d)}>
                {t('expiryDays', { days: d })}
              </option>
            ))}
            <option value="never">{t('expiryNever')}</option>
          </Select>
        </Field>
        <Button type="submit" disabled={pending || !name.trim()}>
          {t('createToken')}
        </Button>
      </form>
      {tokens.length === 0 ? (
        <p className="text-sm text-slate-600">{t('noTokens')}</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table className="min-w-full text-sm">
            <caption className="sr-only">{t('tokensCaption')}</caption>
            <thead className="text-left text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t('colName')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('colCreated')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('colLastUsed')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('colExpires')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('colState')}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t('colActions')}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {tokens.map((tk) => (
                <tr key={tk.id}>
                  <th scope="row" className="py-2 pr-4 text-left font-medium">
                    {tk.name}
                  </th>
                  <td className="py-2 pr-4">{tk.created}</td>
                  <td className="py-2 pr-4">{tk.lastUsed ?? t('neverUsed')}</td>
                  <td className="py-2 pr-4">{tk.expires ?? t('expiryNever')}</td>
                  <td className="py-2 pr-4">{t(`state.${tk.state}`)}</td>
                  <td className="py-2">
                    {tk.state === 'active' ? (
                      <button
                        type="button"
                        disabled={pending}
                        className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50"
                        onClick={async () => {
                          setPending(true);
                          const res = await revokeTokenAction(tk.id);
                          setPending(false);
                          if (!res.ok) setError(res.error.message);
                          router.refresh();
                        }}
                      >
                        {t('revoke')}
                        <span className="sr-only"> {tk.name}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
