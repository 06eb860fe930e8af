import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../errors';

// Password policy after OWASP ASVS 5.0 V6.2: at least 12 characters after trimming (and not only
// whitespace), up to 200 accepted as typed (no truncation, no composition rules), not containing the
// account's email or its local part, and not one of the common breached passwords that
// @zxcvbn-ts/language-common ships (its "passwords-common" list, ~49,000 entries, no network).
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  return (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));
}

/** Why a password is refused (English, for the field), or null when it may be used. */
export function passwordProblem(password: string, email: string): string | null {
  const trimmed = password.trim();
  if (trimmed.length === 0) return 'The password cannot be only spaces';
  if (trimmed.length < 12) return 'The password must have at least 12 characters (spaces at the start and end do not count)';
  if (password.length > 200) return 'The password must have at most 200 characters';
  const lower = password.toLowerCase();
  const mail = email.trim().toLowerCase();
  const local = mail.split('@')[0];
  if (mail && lower.includes(mail)) return 'The password must not contain your email address';
  if (local.length >= 3 && lower.includes(local)) return 'The password must not contain the name part of your email address';
  const bare = lower.trim();
  if (commonPasswords().has(bare)) return 'This password is on a list of common breached passwords: choose another one';
  return null;
}

export function assertPasswordPolicy(password: string, email: string, path = 'password'): void {
  const problem = passwordProblem(password, email);
  if (problem) throw new AppError('VALIDATION_FAILED', 'The password is not allowed.', [{ path, message: problem }]);
}
