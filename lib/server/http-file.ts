import 'server-only';
import type { StreamedFile } from './runbooks';

/**
 * A downloadable file. Exported HTML is self-contained and script-free; it is served with a CSP that
 * forbids scripts, so even a crafted name could not run code in this origin.
 */
export function fileResponse(f: StreamedFile, req: Request): Response {
  const inline = new URL(req.url).searchParams.get('download') !== '1' && f.contentType.startsWith('text/html');
  // A view on the buffer, not a copy (a runbook is ~150 kB).
  const body =
    typeof f.body === 'string' || f.body instanceof ReadableStream
      ? f.body
      : new Uint8Array(f.body.buffer as ArrayBuffer, f.body.byteOffset, f.body.byteLength);
  return new Response(body, {
    headers: {
      'content-type': f.contentType,
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${f.filename}"`,
      'content-security-policy':
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
