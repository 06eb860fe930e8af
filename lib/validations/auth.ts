import { z } from 'zod';
import { ROLES } from '../domain/types';

export const emailSchema = z
  .string({ error: 'Email must be text' })
  .trim()
  .toLowerCase()
  .max(254, { error: 'Email is too long' })
  .pipe(z.email({ error: 'Enter a valid email address' }));

export const passwordSchema = z
  .string({ error: 'Password must be text' })
  .min(12, { error: 'Password must have at least 12 characters' })
  .max(200, { error: 'Password must have at most 200 characters' });

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
