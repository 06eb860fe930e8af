'use client';
import { useZodResolver } from '@/components/ui/zod-resolver';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field, Input } from '@/components/ui/field';
import { Alert } from '@/components/ui/misc';
import { deleteDuoConnectionAction, saveDuoConnectionAction, testDuoConnectionAction } from '@/lib/actions/duo';
import type { DuoTestResult } from '@/lib/server/duo/connection';
import { duoConnectionSchema, type DuoConnectionData, type DuoConnectionInput } from '@/lib/validations/duo';

/** Admins: the Admin API hostname, integration key and secret key (write-only: never shown again). */
export function DuoConnectionForm({ initial }: { initial: { apiHost: string; integrationKey: string } | null }) {
  const t = useTranslations('duo');
  const router = useRouter();
  const [msg, setMsg] = useState<{ tone: 'red' | 'green'; text: string } | null>(null);
  const [test, setTest] = useState<DuoTestResult | null>(null);
  const [testing, setTesting] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<DuoConnectionInput, unknown, DuoConnectionData>({
    resolver: useZodResolver(duoConnectionSchema),
    defaultValues: { apiHost: initial?.apiHost ?? '', integrationKey: initial?.integrationKey ?? '', secretKey: '' },
  });
  return (
    <div className="space-y-4">
      <form
        noValidate
        aria-label={t('connectionForm')}
        className="space-y-4"
        onSubmit={handleSubmit(async (values) => {
          setMsg(null);
          setTest(null);
          const res = await saveDuoConnectionAction(values);
          if (res.ok) {
            setMsg({ tone: 'green', text: t('saved') });
            reset({ apiHost: res.data.apiHost, integrationKey: res.data.integrationKey, secretKey: '' });
            router.refresh();
          } else {
            for (const i of res.error.issues ?? [])
              if (i.path === 'apiHost' || i.path === 'integrationKey' || i.path === 'secretKey') setError(i.path, { message: i.message });
            setMsg({ tone: 'red', text: res.error.message });
          }
        })}
      >
        {msg ? <Alert tone={msg.tone}>{msg.text}</Alert> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="apiHost" label={t('apiHost')} hint={t('apiHostHint')} error={errors.apiHost?.message}>
            <Input id="apiHost" autoComplete="off" spellCheck={false} invalid={!!errors.apiHost} {...register('apiHost')} />
          </Field>
          <Field id="integrationKey" label={t('integrationKey')} error={errors.integrationKey?.message}>
            <Input
              id="integrationKey"
              autoComplete="off"
              spellCheck={false}
              invalid={!!errors.integrationKey}
              {...register('integrationKey')}
            />
          </Field>
          <Field
            id="secretKey"
            label={t('secretKey')}
            hint={initial ? t('secretKeyKept') : t('secretKeyHint')}
            error={errors.secretKey?.message}
          >
            <Input
              id="secretKey"
              type="password"
              autoComplete="new-password"
              spellCheck={false}
              invalid={!!errors.secretKey}
              {...register('secretKey')}
            />
          </Field>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? t('saving') : t('save')}
          </Button>
          {initial ? (
            <Button
              type="button"
              variant="secondary"
              disabled={testing}
              onClick={async () => {
                setTesting(true);
                setMsg(null);
                const res = await testDuoConnectionAction();
                setTesting(false);
                if (res.ok) setTest(res.data);
                else setMsg({ tone: 'red', text: res.error.message });
              }}
            >
              {testing ? t('testing') : t('test')}
            </Button>
          ) : null}
          {initial ? (
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                if (!window.confirm(t('removeConfirm'))) return;
                const res = await deleteDuoConnectionAction();
                if (res.ok) {
                  reset({ apiHost: '', integrationKey: '', secretKey: '' });
                  setTest(null);
                  setMsg({ tone: 'green', text: t('removed') });
                  router.refresh();
                } else setMsg({ tone: 'red', text: res.error.message });
              }}
            >
              {t('remove')}
            </Button>
          ) : null}
        </div>
      </form>
      {test ? (
        <section aria-label={t('testResult')}>
          <Alert tone={test.ok ? 'green' : 'red'} title={test.ok ? t('testOk') : t('testFailed')}>
            <ul className="mt-1 space-y-1">
              {test.checks.map((c) => (
                <li key={c.endpoint}>
                  <code>{c.endpoint}</code> ({c.permission}): {c.ok ? t('checkOk') : c.message}
                </li>
              ))}
            </ul>
          </Alert>
        </section>
      ) : null}
    </div>
  );
}
