'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { revokeSessionsAction, updateUserAction } from '@/lib/actions/users';
import { ROLES, type Role } from '@/lib/domain/types';
import { ROLE_LABELS } from '@/lib/i18n/labels';

export function UserRowControls({ id, email, role, disabled, version, self, sessions }: { id: string; email: string; role: Role; disabled: boolean; version: number; self: boolean; sessions: number }) {
  const router = useRouter();
  const t = useTranslations('userRow');
  const lang = useLocale();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
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
      {!self && sessions > 0 ? (
        <button
          type="button"
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const res = await revokeSessionsAction(id);
            setPending(false);
            if (!res.ok) setError(res.error.message);
            router.refresh();
          }}
          className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm hover:bg-slate-50"
        >
          {t('endSessions')}
          <span className="sr-only"> {t('endSessionsOf', { email })}</span>
        </button>
      ) : null}
      {error ? (
        <p role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
