'use client';
// zodResolver with the messages in the UI language (issue 18.1): the shared schemas write English
// (the API, the CLI and the server use the same ones); the form shows them translated.
import { zodResolver } from '@hookform/resolvers/zod';
import { useLocale } from 'next-intl';
import type { FieldValues, Resolver } from 'react-hook-form';
import { localizeMessage } from '@/lib/i18n/error-messages';
import type { Lang } from '@/lib/domain/types';

/** Translates every `message` of react-hook-form's error tree in place (not the `ref`s). */
function localizeFieldErrors(node: unknown, lang: Lang, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 8) return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === 'ref') continue;
    if (key === 'message' && typeof value === 'string') (node as Record<string, unknown>).message = localizeMessage(value, lang);
    else localizeFieldErrors(value, lang, depth + 1);
  }
}

/** Use like zodResolver(schema): `useForm({ resolver: useZodResolver(schema) })`. */
export const useZodResolver = ((...args: Parameters<typeof zodResolver>) => {
  const lang = useLocale() as Lang;
  const resolver = (zodResolver as unknown as (...a: unknown[]) => Resolver<FieldValues>)(...args);
  const localized: Resolver<FieldValues> = async (values, context, options) => {
    const result = await resolver(values, context, options);
    if (lang !== 'en') localizeFieldErrors(result.errors, lang);
    return result;
  };
  return localized;
}) as typeof zodResolver;
