'use client';
import { useZodResolver } from '@/components/ui/zod-resolver';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Field, Input, Select } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { inviteUserAction } from '@/lib/actions/users';
import { ROLES } from '@/lib/domain/types';
import { ROLE_LABELS } from '@/lib/i18n/labels';
import { inviteUserSchema } from '@/lib/validations/auth';

type In = z.input<typeof inviteUserSchema>;
type Out = z.output<typeof inviteUserSchema>;

export function InviteUserForm() {
  const router = useRouter();
  const t = useTranslations('inviteForm');
  const lang = useLocale();
  const [message, setMessage] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<In, unknown, Out>({
    resolver: useZodResolver(inviteUserSchema),
    defaultValues: { email: '', name: '', role: 'viewer', password: '' },
  });
  return (
    <form
      noValidate
      aria-label={t('aria')}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-start"
      onSubmit={handleSubmit(async (values) => {
        setMessage(null);
        const res = await inviteUserAction(values);
        if (res.ok) {
          reset();
          setMessage({ tone: 'green', text: t('invited', { email: res.data.email }) });
          router.refresh();
          return;
        }
        setMessage({ tone: 'red', text: res.error.message });
        for (const i of res.error.issues ?? []) setError(i.path.split('.')[0] as FieldPath<In>, { message: i.message });
      })}
    >
      {message ? (
        <div className="sm:col-span-2 lg:col-span-5">
          <Alert tone={message.tone}>{message.text}</Alert>
        </div>
      ) : null}
      <Field id="invite-email" label={t('email')} required error={errors.email?.message}>
        <Input id="invite-email" type="email" invalid={!!errors.email} {...register('email')} />
      </Field>
      <Field id="invite-name" label={t('name')} required error={errors.name?.message}>
        <Input id="invite-name" invalid={!!errors.name} {...register('name')} />
      </Field>
      <Field id="invite-role" label={t('role')} required error={errors.role?.message}>
        <Select id="invite-role" {...register('role')}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r][lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="invite-password" label={t('password')} required hint={t('passwordHint')} error={errors.password?.message}>
        <Input id="invite-password" type="password" autoComplete="new-password" invalid={!!errors.password} {...register('password')} />
      </Field>
      <div className="pt-6">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t('inviting') : t('invite')}
        </Button>
      </div>
    </form>
  );
}
