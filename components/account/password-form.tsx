'use client';
import { useZodResolver } from '@/components/ui/zod-resolver';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { changePasswordAction } from '@/lib/actions/account';
import { changePasswordFormSchema } from '@/lib/validations/auth';

const formSchema = changePasswordFormSchema;
type In = z.input<typeof formSchema>;
type Out = z.output<typeof formSchema>;

export function PasswordForm() {
  const router = useRouter();
  const t = useTranslations('account');
  const tc = useTranslations('common');
  const [msg, setMsg] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<In, unknown, Out>({
    resolver: useZodResolver(formSchema),
    defaultValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
  });
  return (
    <form
      noValidate
      aria-label={t('passwordAria')}
      className="max-w-md space-y-4"
      onSubmit={handleSubmit(async ({ currentPassword, newPassword }) => {
        setMsg(null);
        const res = await changePasswordAction({ currentPassword, newPassword });
        if (res.ok) {
          reset();
          setMsg({ tone: 'green', text: t('passwordChanged', { count: res.data.sessionsEnded }) });
          router.refresh();
        } else {
          for (const i of res.error.issues ?? []) setError(i.path.split('.')[0] as FieldPath<In>, { message: i.message });
          setMsg({ tone: 'red', text: res.error.message });
        }
      })}
    >
      {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
      <Field id="currentPassword" label={t('currentPassword')} required error={errors.currentPassword?.message}>
        <Input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          invalid={!!errors.currentPassword}
          {...register('currentPassword')}
        />
      </Field>
      <Field id="newPassword" label={t('newPassword')} required error={errors.newPassword?.message} hint={t('newPasswordHint')}>
        <Input id="newPassword" type="password" autoComplete="new-password" invalid={!!errors.newPassword} {...register('newPassword')} />
      </Field>
      <Field id="confirmPassword" label={t('confirmPassword')} required error={errors.confirmPassword?.message}>
        <Input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          invalid={!!errors.confirmPassword}
          {...register('confirmPassword')}
        />
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? tc('saving') : t('changePassword')}
      </Button>
    </form>
  );
}
