import 'server-only';
import { toIssues } from '../../validations/issues';
import type { z } from 'zod';
import { AppError } from '../errors';

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) {
    const issues = toIssues(r.error);
    const first = issues[0];
    const detail = first ? ` ${first.path ? `${first.path}: ` : ''}${first.message}` : '';
    throw new AppError('VALIDATION_FAILED', `The ${what} is not valid.${detail}`, issues);
  }
  return r.data;
}

export function conflict(what: string, current: { version: number; updatedAt: Date; updatedBy: string | null }): AppError {
  const by = current.updatedBy ? ` by ${current.updatedBy}` : '';
  return new AppError(
    'CONFLICT',
    `This ${what} was changed${by} at ${current.updatedAt.toISOString()} after you opened it (now version ${current.version}). ` +
      'Nothing was saved: reload to see the current values, then apply your change again.',
  );
}

/** Offset cursors: opaque to clients, stable for a given query. */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}
export function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { o?: unknown };
    if (typeof v.o === 'number' && Number.isInteger(v.o) && v.o >= 0) return v.o;
  } catch {
    /* fall through */
  }
  throw new AppError('BAD_REQUEST', 'cursor is not valid: use the nextCursor of a previous answer.', [
    { path: 'cursor', message: 'Invalid cursor' },
  ]);
}

/** `DELETE …?version=N`: optional optimistic-concurrency guard for deletes. */
export function versionParam(req: Request): number | undefined {
  const v = new URL(req.url).searchParams.get('version');
  if (v === null) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) {
    throw new AppError('BAD_REQUEST', 'version must be a whole number ≥ 1.', [{ path: 'version', message: 'Invalid version' }]);
  }
  return n;
}

/**
 * A PATCH changes only the fields it sends: Zod fills defaults (e.g. `groups: []`) for absent keys of
 * a partial schema, so keep only the keys present in the raw input.
 */
export function sentFields<T extends Record<string, unknown>>(parsed: T, raw: unknown): Partial<T> {
  const keys = raw && typeof raw === 'object' ? new Set(Object.keys(raw)) : new Set<string>();
  return Object.fromEntries(Object.entries(parsed).filter(([k]) => keys.has(k))) as Partial<T>;
}
