// Where to go after signing in (issue 14 item 2): only a path that resolves to this origin — parsed
// with URL against the origin — and that stays on it after a browser or Next.js decodes it once more.
// Anything else (absolute URLs, `//evil`, `/\evil`, tabs/CR/LF, `/%09/evil.example`) → '/' (the dashboard).

export const NEXT_ORIGIN = 'http://orp.invalid';
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;

export function safeNextPath(next: unknown, origin: string = NEXT_ORIGIN): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > 2000 || !next.startsWith('/')) return '/';
  if (CONTROL_OR_BACKSLASH.test(next)) return '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return '/';
  }
  if (CONTROL_OR_BACKSLASH.test(decoded) || decoded.startsWith('//')) return '/';
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return '/';
  }
  if (url.origin !== new URL(origin).origin) return '/';
  const out = url.pathname + url.search + url.hash;
  return out.startsWith('//') || CONTROL_OR_BACKSLASH.test(out) ? '/' : out;
}
