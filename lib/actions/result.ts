import 'server-only';
import { isAppError } from '../server/errors';

export type ActionError = { code: string; message: string; issues?: { path: string; message: string }[] };
export type ActionResult<T = null> = { ok: true; data: T } | { ok: false; error: ActionError };

/** Server actions answer typed errors as data (the form shows them next to the field). */
export async function asResult<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) } };
    console.error('unexpected error in server action', e);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on the server. Nothing was saved.' } };
  }
}
