// Tells an importer format from a file's content (the file name only breaks ties).
// - JSON: an array, an object with "stat"/"response" or one integration object ("type" plus
//   "integration_key" or "name") → duo-admin-api; any other object → inventory.
// - CSV whose first line is the interchange header (with name and integration columns) → inventory.
// - INI: a [duo] section → duo-unix; radius_server_*/ldap_server_auto or another Auth Proxy section →
//   authproxy; no sections but Duo Unix option names (ikey/skey/host/failmode) → duo-unix.
// - Otherwise the file name: *login_duo*/*pam_duo* → duo-unix, *authproxy* → authproxy,
//   *.csv/*.json → inventory. Null when nothing fits (the CLI then asks for --format).
// Never throws.
import { authProxyServerType, AUTHPROXY_OTHER_SECTIONS } from './authproxy';
import type { ImportFormat } from './common';
import { isIntegrationObject } from './duo-admin-api';

const AUTHPROXY_SECTION_NAMES = new Set<string>(AUTHPROXY_OTHER_SECTIONS);
const MAX_SNIFF_LINES = 2000;

function byFilename(filename: string | undefined): ImportFormat | null {
  if (!filename) return null;
  const base = (filename.split(/[\\/]/).pop() ?? filename).toLowerCase();
  if (/(login|pam)_duo/.test(base)) return 'duo-unix';
  if (base.includes('authproxy')) return 'authproxy';
  if (base.endsWith('.csv')) return 'inventory';
  if (base.includes('integrations') && base.endsWith('.json')) return 'duo-admin-api';
  if (base.endsWith('.json')) return 'inventory';
  return null;
}

function jsonKind(value: unknown): ImportFormat | null {
  if (Array.isArray(value)) return 'duo-admin-api';
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if ('stat' in o || 'response' in o) return 'duo-admin-api';
    // One integration (GET /admin/v1/integrations/{ikey} without its envelope) is never an inventory.
    if (isIntegrationObject(o)) return 'duo-admin-api';
    return 'inventory';
  }
  return null;
}

export function detectFormat(input: string, filename?: string): ImportFormat | null {
  try {
    return detect(typeof input === 'string' ? input : String(input), filename);
  } catch {
    return byFilename(filename);
  }
}

function detect(input: string, filename: string | undefined): ImportFormat | null {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const body = text.trimStart();

  if (body.startsWith('{') || body.startsWith('[')) {
    try {
      const kind = jsonKind(JSON.parse(body));
      if (kind) return kind;
    } catch {
      // Not JSON: an INI file starting with [section], or broken JSON (decided below).
    }
  }

  const lines = body.split(/\r\n|\n|\r/, MAX_SNIFF_LINES);
  const first = lines[0] ?? '';
  const header = first.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
  if (header.length > 1 && header.includes('name') && header.includes('integration')) return 'inventory';

  let sawSection = false;
  let duoSection = false;
  let proxySection = false;
  let unixOption = false;
  let iniLike = true;
  for (const raw of lines) {
    const t = raw.trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
    const sec = /^\[([^[\]]+)\]/.exec(t);
    if (sec) {
      sawSection = true;
      const name = sec[1]!.trim().toLowerCase();
      if (name === 'duo') duoSection = true;
      else if (authProxyServerType(name) !== null || AUTHPROXY_SECTION_NAMES.has(name.replace(/\d+$/, ''))) proxySection = true;
      continue;
    }
    const kv = /^([A-Za-z_][\w.-]*)\s*=/.exec(t);
    if (kv) {
      if (['ikey', 'skey', 'host', 'failmode', 'pushinfo', 'autopush', 'groups'].includes(kv[1]!)) unixOption = true;
      continue;
    }
    iniLike = false;
  }

  if (proxySection && !duoSection) return 'authproxy';
  if (duoSection && !proxySection) return 'duo-unix';
  const hinted = byFilename(filename);
  if (duoSection && proxySection) return hinted === 'duo-unix' ? 'duo-unix' : 'authproxy';
  if (!sawSection && unixOption && iniLike) return hinted === 'authproxy' ? 'authproxy' : 'duo-unix';
  if (hinted) return hinted;
  // Broken JSON still reads best through a JSON parser's error message.
  if (body.startsWith('{')) return 'inventory';
  if (body.startsWith('[') && !sawSection) return 'duo-admin-api';
  return null;
}
