// The one function of tar-fs (a dependency of @sparticuz/chromium) that lib/runbook/chromium.ts uses.
declare module 'tar-fs' {
  import type { Writable } from 'node:stream';
  export function extract(directory: string): Writable;
}
