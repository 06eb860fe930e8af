'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { loginAction, type LoginState } from '@/lib/actions/auth';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';

// The sign-in errors come from the server in English; the known ones are shown in the UI language.
const KNOWN_ERRORS = {
  'Email or password is wrong.': 'errorWrong',
  'This account is disabled. Ask an admin.': 'errorDisabled',
  'Enter your email and password.': 'errorMissing',
} as const;
const isKnown = (m: string): m is keyof typeof KNOWN_ERRORS => Object.prototype.hasOwnProperty.call(KNOWN_ERRORS, m);

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('login');
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, {});
  return (
    <form action={action} className="space-y-4" noValidate={false}>
      {state.error ? (
        <Alert title={t('failed')}>
          {state.code === 'TOO_MANY_REQUESTS' && state.retryAfterSeconds
            ? state.retryAfterSeconds >= 120
              ? t('errorThrottledMinutes', { minutes: Math.ceil(state.retryAfterSeconds / 60) })
              : t('errorThrottled', { seconds: state.retryAfterSeconds })
            : isKnown(state.error)
              ? t(KNOWN_ERRORS[state.error])
              : state.error}
        </Alert>
      ) : null}
      <input type="hidden" name="next" value={next ?? '/'} />
      <Field id="email" label={t('email')} required>
        <Input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} autoFocus />
      </Field>
      <Field id="password" label={t('password')} required>
        <Input id="password" name="password" type="password" autoComplete="current-password" required />
      </Field>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t('signingIn') : t('signIn')}
      </Button>
    </form>
  );
}
