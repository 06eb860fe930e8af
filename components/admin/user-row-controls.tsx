'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { endSessionsAction, resetPasswordAction } from '@/lib/actions/account';
import { updateUserAction } from '@/lib/actions/users';
import { ROLES, type Role } from '@/lib/domain/types';
import { ROLE_LABELS } from '@/lib/i18n/labels';

export function UserRowControls({
  id,
  email,
  role,
  disabled,
  version,
  self,
  sessions,
  tokens,
}: {
  id: string;
  email: string;
  role: Role;
  disabled: boolean;
  version: number;
  self: boolean;
  sessions: number;
  tokens: number;
}) {
  const router = useRouter();
  const t = useTranslations('userRow');
  const lang = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [alsoTokens, setAlsoTokens] = useState(false);
  const [temporary, setTemporary] = useState<string | null>(null);
  async function change(input: { role?: Role; disabled?: boolean }) {
    setPending(true);
    setError(null);
    const res = await updateUserAction(id, { ...input, version });
    setPending(false);
    if (!res.ok) setError(res.error.message);
    router.refresh();
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label className="sr-only" htmlFor={`role-${id}`}>
        {t('roleOf', { email })}
      </label>
      <select
        id={`role-${id}`}
        defaultValue={role}
        disabled={pending || self}
        onChange={(e) => change({ role: e.target.value as Role })}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r][lang]}
          </option>
        ))}
      </select>
      {!self ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => change({ disabled: !disabled })}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50"
        >
          {disabled ? t('enable') : t('disable')}
          <span className="sr-only"> {email}</span>
        </button>
      ) : (
        <span className="text-xs text-slate-500">{t('you')}</span>
      )}
      {!self && (sessions > 0 || tokens > 0) ? (
        <span className="flex items-center gap-2">
          <button
            type="button"
            disabled={pending}
            onClick={async () => {
              setPending(true);
              const res = await endSessionsAction(id, alsoTokens);
              setPending(false);
              if (!res.ok) setError(res.error.message);
              router.refresh();
            }}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50"
          >
            {t('endSessions')}
            <span className="sr-only"> {t('endSessionsOf', { email })}</span>
          </button>
          {tokens > 0 ? (
            <label className="flex items-center gap-1 text-xs text-slate-700">
              <input
                type="checkbox"
                checked={alsoTokens}
                onChange={(e) => setAlsoTokens(e.target.checked)}
                className="h-4 w-4"
                aria-label={t('alsoTokensOf', { email })}
              />
              {t('alsoTokens')} ({tokens})
            </label>
          ) : null}
        </span>
      ) : null}
      {!self ? (
        <button
          type="button"
          disabled={pending}
          onClick={async () => {
            setPending(true);
            setError(null);
            const res = await resetPasswordAction(id);
            setPending(false);
            if (res.ok) setTemporary(res.data.temporaryPassword);
            else setError(res.error.message);
            router.refresh();
          }}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50"
        >
          {t('resetPassword')}
          <span className="sr-only"> {t('resetPasswordOf', { email })}</span>
        </button>
      ) : null}
      {temporary ? (
        <p role="status" className="w-full text-sm text-slate-800">
          {t('temporaryPassword', { email, password: temporary })}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
