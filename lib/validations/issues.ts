import type { z } from 'zod';

export interface Issue {
  path: string;
  message: string;
}

/** Zod issues as `{path, message}` with a dotted path ("groups.2"), for forms and API errors. */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.code === 'unrecognized_keys' ? `Unknown field(s): ${i.keys.join(', ')}` : i.message,
  }));
}
