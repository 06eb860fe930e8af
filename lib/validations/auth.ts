import { z } from 'zod';
import { LANGS, ROLES } from '../domain/types';

export const emailSchema = z
  .string({ error: 'Email must be text' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'Email is too long' })
  .pipe(z.email({ error: 'Enter a valid email address' }));

/**
 * The shape of a new password (the form checks it as you type); the server also refuses one that
 * contains the email or is a common breached password (lib/server/auth/password-policy.ts).
 */
export const passwordSchema = z
  .string({ error: 'Password must be text' })
  .max(200, { error: 'Password must have at most 200 characters' })
  .superRefine((p, ctx) => {
    const n = p.trim().length;
    if (n === 0) ctx.addIssue({ code: 'custom', message: 'The password cannot be only spaces' });
    else if (n < 12)
      ctx.addIssue({ code: 'custom', message: 'Password must have at least 12 characters (spaces at the start and end do not count)' });
  });

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string({ error: 'Enter your current password' }).min(1, { error: 'Enter your current password' }).max(200),
  newPassword: passwordSchema,
});

export const tokenCreateSchema = z.strictObject({
  name: z
    .string({ error: 'Name must be text' })
    .trim()
    .min(1, { error: 'Give the token a name' })
    .max(80, { error: 'Name must have at most 80 characters' }),
  expiresInDays: z
    .number({ error: 'Expiry must be a number of days' })
    .int({ error: 'Expiry must be a whole number of days' })
    .min(1, { error: 'Expiry must be at least 1 day' })
    .max(3650, { error: 'Expiry must be at most 3650 days' })
    .nullable()
    .optional(),
});

export const loginSchema = z.strictObject({
  email: emailSchema,
  password: z.string().min(1, { error: 'Enter your password' }).max(200),
});

export const roleSchema = z.enum(ROLES, { error: `Role must be one of ${ROLES.join(', ')}` });

export const inviteUserSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1, { error: 'Name is required' }).max(120),
  role: roleSchema,
  password: passwordSchema,
});

export const updateUserSchema = z.strictObject({
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
  version: z.number().int(),
});

/** POST /api/v1/sessions: the body's shape (the fields themselves are checked by login). */
export const sessionBodySchema = z.strictObject({ email: z.unknown(), password: z.unknown() }, { error: 'Send {"email","password"}' });

/** The signed-in user's own UI language (PATCH of the account, the language switch). */
export const userLocaleSchema = z.object({ locale: z.enum(LANGS, { error: 'The language must be en or de' }) });

/** The change-password form: the new password twice. */
export const changePasswordFormSchema = changePasswordSchema
  .extend({ confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    error: 'The two new passwords differ',
  });
