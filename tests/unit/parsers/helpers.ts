// Test helpers for the importer tests: fixture access and the secret values a fixture holds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isAuthProxySecretKey } from '../../../lib/parsers/authproxy';
import { isDuoUnixSecretKey } from '../../../lib/parsers/duo-unix';

export const ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export function fixturePath(rel: string): string {
  return path.join(FIXTURES, rel);
}

export function readFixture(rel: string): string {
  return readFileSync(fixturePath(rel), 'utf8');
}

/** Every fixture file under a folder, as paths relative to tests/fixtures. */
export function fixturesIn(dir: string): string[] {
  return readdirSync(path.join(FIXTURES, dir))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/**
 * The secret values in a fixture, found independently of the parsers: values of secret keys (INI),
 * of "secret_key" (JSON), every ikey / integration_key value, and every token containing the marker
 * S3CR3T (all fixture secrets carry it, also on broken lines). Short values (< 6 characters) are left
 * out: they would match by accident.
 */
export function secretValues(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/S3CR3T[^\s"',]*/g)) out.add(m[0]);
  for (const m of text.matchAll(/"(?:secret_key|integration_key)"\s*:\s*"([^"]*)"/g)) out.add(m[1]!);
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)) {
    const kv = /^\s*([^=#;[\s][^=]*?)\s*=\s*(.*?)\s*$/.exec(raw);
    if (!kv) continue;
    const key = kv[1]!;
    let value = kv[2]!;
    const inline = value.search(/\s;/);
    if (inline >= 0 && !isAuthProxySecretKey(key)) value = value.slice(0, inline).trim();
    if (isAuthProxySecretKey(key) || isDuoUnixSecretKey(key) || /^ikey$/i.test(key)) out.add(value);
  }
  return [...out].filter((v) => v.length >= 6);
}

/** The secret values of `secrets` that occur in `haystack` (expected: none). */
export function leakedSecrets(haystack: string, secrets: readonly string[]): string[] {
  return secrets.filter((s) => haystack.includes(s));
}
