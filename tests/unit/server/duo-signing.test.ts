// Issue 19: the client signs exactly as Duo verifies (the double re-implements Duo's canonical
// string v5 from @duosecurity/duo_api lib/duo_sig.js), and the secret box seals at rest.
import fc from 'fast-check';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signedHeaders } from '@/lib/server/duo/admin-client';
import { loadKey, open, seal } from '@/lib/server/duo/secret-box';
import { expectedSignature } from '../../support/duo-double';

const creds = {
  apiHost: 'API-Test0001.duosecurity.com',
  integrationKey: 'DIXXXXXXXXXXXXXXXXXX',
  secretKey: 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef',
};

describe('Duo request signature (v5, HMAC-SHA512)', () => {
  it('matches the known vector of the canonical request', () => {
    const date = 'Tue, 21 Aug 2012 17:29:18 -0000';
    const h = signedHeaders(creds, 'GET', '/admin/v1/users', { realname: 'First Last', username: 'root' }, date);
    const [ikey, sig] = Buffer.from(h.Authorization.replace(/^Basic /, ''), 'base64')
      .toString()
      .split(':');
    expect(ikey).toBe(creds.integrationKey);
    expect(sig).toMatch(/^[0-9a-f]{128}$/);
    expect(sig).toBe(
      expectedSignature(
        creds.secretKey,
        date,
        'GET',
        creds.apiHost,
        '/admin/v1/users',
        [
          ['username', 'root'],
          ['realname', 'First Last'],
        ],
        '',
      ),
    );
    expect(h.Date).toBe(date);
    expect(h.Host).toBe('api-test0001.duosecurity.com');
  });

  it('agrees with the verifier for any parameters', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ maxLength: 12 }), { maxKeys: 5 }), (params) => {
        const date = new Date(0).toUTCString();
        const h = signedHeaders(creds, 'GET', '/admin/v1/groups', params, date);
        const sig = Buffer.from(h.Authorization.slice(6), 'base64').toString().split(':')[1];
        expect(sig).toBe(expectedSignature(creds.secretKey, date, 'GET', creds.apiHost, '/admin/v1/groups', Object.entries(params), ''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('secret box (AES-256-GCM)', () => {
  it('generates a key file with mode 0600 on first use and round-trips', () => {
    const keyFile = path.join(mkdtempSync(path.join(tmpdir(), 'orp-key-')), 'data', 'secret.key');
    const sealed = seal('the secret key', { secret: '', keyFile });
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(sealed).not.toContain('the secret key');
    expect(sealed).toMatch(/^v1:[0-9a-f]{8}:/);
    expect(open(sealed, { secret: '', keyFile })).toBe('the secret key');
    expect(loadKey({ secret: '', keyFile })).toEqual(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64'));
  });

  it('ORP_SECRET_KEY wins; another key cannot open it and says so', () => {
    const a = seal('s3cret', { secret: 'key one' });
    expect(open(a, { secret: 'key one' })).toBe('s3cret');
    expect(() => open(a, { secret: 'key two' })).toThrow(/encrypted with another key/);
    // Tampering is detected by the GCM tag.
    const parts = a.split(':');
    parts[4] = Buffer.from('XXXXXX').toString('base64');
    expect(() => open(parts.join(':'), { secret: 'key one' })).toThrow(/cannot be decrypted/);
  });
});
