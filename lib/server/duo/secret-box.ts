import 'server-only';
// AES-256-GCM for the Duo secret key at rest (issue 19). The key comes from ORP_SECRET_KEY (32 bytes
// as base64 or 64 hex characters; any other string is stretched with scrypt) or, when that is unset,
// from a key file generated on first use under ./data (mode 0600). Ciphertext format:
// "v1:<key id>:<iv b64>:<tag b64>:<ciphertext b64>" — the key id (first 8 hex of SHA-256 of the key)
// says which key a row was sealed with, so a rotation (docs/security.md) can tell old rows apart.
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';

export interface KeyOptions {
  /** ORP_SECRET_KEY (default: process.env). */
  secret?: string;
  /** Where the generated key file lives (default ./data/secret.key). */
  keyFile?: string;
}

export function defaultKeyFile(): string {
  return path.resolve('data', 'secret.key');
}

function keyFromSecret(secret: string): Buffer {
  const s = secret.trim();
  if (/^[0-9a-f]{64}$/i.test(s)) return Buffer.from(s, 'hex');
  const b = Buffer.from(s, 'base64');
  if (b.length === 32 && /^[A-Za-z0-9+/=_-]+$/.test(s)) return b;
  return scryptSync(s, 'orp-secret-key-v1', 32);
}

/** The 32-byte key: ORP_SECRET_KEY, else the key file (created with mode 0600 when missing). */
export function loadKey(opts: KeyOptions = {}): Buffer {
  // Read here, not through lib/env.ts (allow-listed): the secret key must not sit in the cached Env object.
  const secret = opts.secret ?? process.env.ORP_SECRET_KEY;
  if (secret && secret.trim() !== '') return keyFromSecret(secret);
  const file = opts.keyFile ?? defaultKeyFile();
  if (!existsSync(/*turbopackIgnore: true*/ file)) {
    mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
    try {
      writeFileSync(/*turbopackIgnore: true*/ file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another process created it first: read theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  chmodSync(/*turbopackIgnore: true*/ file, 0o600);
  const b = Buffer.from(readFileSync(/*turbopackIgnore: true*/ file, 'utf8').trim(), 'base64');
  if (b.length !== 32) throw new AppError('INTERNAL', `The key file ${file} does not hold a 32-byte base64 key.`);
  return b;
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

export function seal(plaintext: string, opts: KeyOptions = {}): string {
  const key = loadKey(opts);
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([c.update(plaintext, 'utf8'), c.final()]);
  return ['v1', keyId(key), iv.toString('base64'), c.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

export function open(sealed: string, opts: KeyOptions = {}): string {
  const key = loadKey(opts);
  const [v, kid, iv, tag, body] = sealed.split(':');
  if (v !== 'v1' || !iv || !tag || body === undefined) throw new AppError('INTERNAL', 'The stored Duo secret key has an unknown format.');
  if (kid !== keyId(key)) {
    throw new AppError(
      'SERVICE_UNAVAILABLE',
      'The stored Duo secret key was encrypted with another key (ORP_SECRET_KEY or data/secret.key changed): enter the secret key again on the Duo page.',
    );
  }
  try {
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    d.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(body, 'base64')), d.final()]).toString('utf8');
  } catch {
    throw new AppError('SERVICE_UNAVAILABLE', 'The stored Duo secret key cannot be decrypted: enter the secret key again on the Duo page.');
  }
}
