// A strict parser for the Duo Authentication Proxy's authproxy.cfg, written for the proxy's own rules
// (SPEC §2.5; docs/decisions/0030-importers.md) — not the `ini` package, which merges duplicate
// sections, keeps the last duplicate key and cuts values at ; and #.
//
// Rules:
// - `#` and `;` start FULL-LINE comments only (after optional whitespace); a `;` or `#` inside a
//   value is part of the value.
// - `[name]` starts a section; `key = value` / `key=value` (split at the first `=`, both sides
//   trimmed; empty values allowed). Anything else is an error naming the line.
// - Duplicate sections (case-insensitive) and duplicate keys in a section (case-insensitive, as the
//   proxy lower-cases option names) are errors naming the lines of both.
// - A key before the first section is an error. A UTF-8 BOM and CRLF / CR line ends are accepted.
// - `radius_server_auto|iframe|challenge|concat|duo_only|eap` and `ldap_server_auto`, each optionally
//   followed by a number, are server sections: one application candidate each. `failmode` there is
//   `safe` or `secure` (case-insensitive); absent means `safe` (failmodeSource 'default'); any other
//   value is an error naming the line.
// - Known other sections: main, cloud, sso, ad_client, radius_client, duo_only_client, http_proxy
//   (client sections also numbered: ad_client2). Unknown sections are warnings.
// - Secrets (skey, secret, radius_secret_N, *_protected, service_account_password, …) and ikey are
//   never kept in the result and their values never appear in an error or warning.
// Never throws: every outcome is a result object.
import { ikeyFingerprint, quoteValue, sortByLine, splitLines } from './common';
import type { ParseFailure, SourceError, SourceWarning } from './common';

export interface AuthProxyEntry {
  key: string;
  value: string;
}

export interface AuthProxySection {
  name: string;
  entries: AuthProxyEntry[];
}

/** The non-secret content of an authproxy.cfg, in file order. */
export interface AuthProxyConfig {
  sections: AuthProxySection[];
}

export type AuthProxyServerType = 'radius' | 'ldap';
export type Failmode = 'safe' | 'secure';
export type FailmodeSource = 'configured' | 'default';

/** One `radius_server_*` / `ldap_server_auto` section: an application protected by the proxy. */
export interface AuthProxyApplication {
  /** The section name as written, e.g. `radius_server_auto2`. */
  section: string;
  /** Line of the section header. */
  line: number;
  type: AuthProxyServerType;
  port: number | null;
  /** The client section it uses (`client` key), e.g. `ad_client`, `radius_client`. */
  client: string | null;
  failmode: Failmode;
  failmodeSource: FailmodeSource;
  /** Line of the failmode key; null when absent (default). */
  failmodeLine: number | null;
  /** ikeyFingerprint of the section's ikey (the key itself is not kept). */
  ikeyHash: string | null;
  /** Secret lines of this section (ikey included) that were dropped. */
  secretsDropped: number;
}

/** A secret (or ikey) line that was dropped: where it was, never its value. */
export interface DroppedSecret {
  section: string;
  key: string;
  line: number;
}

export interface AuthProxyParseSuccess {
  ok: true;
  file: string;
  config: AuthProxyConfig;
  applications: AuthProxyApplication[];
  droppedSecrets: DroppedSecret[];
  warnings: SourceWarning[];
}

export type AuthProxyParseResult = AuthProxyParseSuccess | ParseFailure;

const SERVER_SECTION = /^(radius_server_(?:auto|iframe|challenge|concat|duo_only|eap)|ldap_server_auto)(\d*)$/i;
const CLIENT_SECTION = /^(ad_client|radius_client|duo_only_client)(\d*)$/i;
export const AUTHPROXY_OTHER_SECTIONS = ['main', 'cloud', 'sso', 'ad_client', 'radius_client', 'duo_only_client', 'http_proxy'] as const;
const OTHER_SECTIONS = new Set<string>(AUTHPROXY_OTHER_SECTIONS);

/** True for keys whose value must never be stored or echoed (ikey included: not kept either). */
export function isAuthProxySecretKey(key: string): boolean {
  const k = key.trim().toLowerCase();
  return /secret|password|passphrase|skey|ikey|token|_protected$/.test(k);
}

/** The server type of a section name, or null when it is not a server section. */
export function authProxyServerType(section: string): AuthProxyServerType | null {
  const m = SERVER_SECTION.exec(section);
  if (!m) return null;
  return m[1]!.toLowerCase().startsWith('ldap') ? 'ldap' : 'radius';
}

interface RawEntry {
  key: string;
  value: string;
  line: number;
}

interface RawSection {
  name: string;
  line: number;
  entries: RawEntry[];
  /** Lower-cased key → first line, secrets included (duplicate detection). */
  keyLines: Map<string, number>;
  duplicate: boolean;
}

export function parseAuthProxyConfig(text: string, file = 'authproxy.cfg'): AuthProxyParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text), file);
  } catch (e) {
    // Defensive: the parser has no known throwing path; never let one escape.
    return { ok: false, errors: [{ file, message: `internal error while reading the file: ${e instanceof Error ? e.name : 'unknown'}` }] };
  }
}

function parse(text: string, file: string): AuthProxyParseResult {
  const errors: SourceError[] = [];
  const warnings: SourceWarning[] = [];
  const dropped: DroppedSecret[] = [];
  /** Section name → ikeyFingerprint of its ikey (computed, then the value is dropped). */
  const ikeys = new Map<string, string | null>();
  const sections: RawSection[] = [];
  const sectionLines = new Map<string, number>();
  let current: RawSection | null = null;
  let orphanReported = false;

  for (const { line, text: raw } of splitLines(text)) {
    const t = raw.trim();
    if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;

    if (t.startsWith('[')) {
      const m = /^\[([^[\]]*)\]$/.exec(t);
      if (!m) {
        errors.push({ file, line, message: 'malformed section header: expected [name] alone on the line' });
        current = null;
        orphanReported = true; // keys below belong to a broken header: one error is enough
        continue;
      }
      const name = m[1]!.trim();
      if (name === '') {
        errors.push({ file, line, message: 'empty section name: expected [name]' });
        current = null;
        orphanReported = true;
        continue;
      }
      const lower = name.toLowerCase();
      const first = sectionLines.get(lower);
      const section: RawSection = { name, line, entries: [], keyLines: new Map(), duplicate: first !== undefined };
      if (first !== undefined) {
        errors.push({
          file,
          line,
          message: `duplicate section [${name}]: already defined at line ${first} (section names are compared case-insensitively; the Auth Proxy refuses duplicates)`,
        });
      } else {
        sectionLines.set(lower, line);
        sections.push(section);
      }
      current = section;
      continue;
    }

    const eq = t.indexOf('=');
    if (eq < 0) {
      // Never echo the line: it may be (part of) a secret.
      errors.push({ file, line, message: 'expected "key = value", a [section] header or a full-line comment (# or ;)' });
      continue;
    }
    const key = t.slice(0, eq).trim();
    const value = t.slice(eq + 1).trim();
    if (key === '') {
      errors.push({ file, line, message: 'missing key before "=": expected "key = value"' });
      continue;
    }
    const secret = isAuthProxySecretKey(key);
    if (current === null) {
      if (!orphanReported) {
        errors.push({
          file,
          line,
          message: `${secret ? 'a secret key' : `key ${quoteValue(key)}`} outside a section: expected a [section] header first`,
        });
        orphanReported = true;
      }
      continue;
    }
    const lowerKey = key.toLowerCase();
    const firstKey = current.keyLines.get(lowerKey);
    if (firstKey !== undefined) {
      errors.push({
        file,
        line,
        message: `duplicate key ${quoteValue(key)} in [${current.name}]: already set at line ${firstKey} (the Auth Proxy refuses duplicate keys)`,
      });
      continue;
    }
    current.keyLines.set(lowerKey, line);
    if (secret) {
      if (!current.duplicate) dropped.push({ section: current.name, key, line });
      if (lowerKey === 'ikey' && !current.duplicate) ikeys.set(current.name, ikeyFingerprint(value));
      continue;
    }
    current.entries.push({ key, value, line });
  }

  const applications: AuthProxyApplication[] = [];
  for (const s of sections) {
    const type = authProxyServerType(s.name);
    const failmodeEntry = s.entries.find((e) => e.key.toLowerCase() === 'failmode');
    if (type === null) {
      const lower = s.name.toLowerCase();
      const known = OTHER_SECTIONS.has(lower) || CLIENT_SECTION.test(lower);
      if (!known) {
        warnings.push({
          file,
          line: s.line,
          message: `unknown section [${s.name}] ignored (known: radius_server_auto|iframe|challenge|concat|duo_only|eap[N], ldap_server_auto[N], ${AUTHPROXY_OTHER_SECTIONS.join(', ')})`,
        });
      }
      if (failmodeEntry) {
        warnings.push({
          file,
          line: failmodeEntry.line,
          message: `failmode in [${s.name}] has no effect: the Auth Proxy reads failmode only in radius_server_* and ldap_server_auto sections`,
        });
      }
      continue;
    }

    let failmode: Failmode = 'safe';
    let failmodeSource: FailmodeSource = 'default';
    let failmodeLine: number | null = null;
    if (failmodeEntry) {
      const v = failmodeEntry.value.toLowerCase();
      if (v === 'safe' || v === 'secure') {
        failmode = v;
        failmodeSource = 'configured';
        failmodeLine = failmodeEntry.line;
      } else {
        errors.push({
          file,
          line: failmodeEntry.line,
          message: `failmode in [${s.name}] must be safe or secure (case-insensitive), got ${quoteValue(failmodeEntry.value)}`,
        });
        continue;
      }
    }

    let port: number | null = null;
    const portEntry = s.entries.find((e) => e.key.toLowerCase() === 'port');
    if (portEntry) {
      const n = /^\d{1,5}$/.test(portEntry.value) ? Number(portEntry.value) : NaN;
      if (n >= 1 && n <= 65535) port = n;
      else {
        warnings.push({
          file,
          line: portEntry.line,
          message: `port in [${s.name}] is not a number 1–65535 (got ${quoteValue(portEntry.value)}); imported without a port`,
        });
      }
    }

    const clientEntry = s.entries.find((e) => e.key.toLowerCase() === 'client');
    const client = clientEntry && clientEntry.value !== '' ? clientEntry.value : null;
    warnings.push(...clientWarnings(file, s, clientEntry, sections));
    warnings.push(...requiredKeyWarnings(file, s, dropped));
    applications.push({
      section: s.name,
      line: s.line,
      type,
      port,
      client,
      failmode,
      failmodeSource,
      failmodeLine,
      ikeyHash: ikeys.get(s.name) ?? null,
      secretsDropped: dropped.filter((d) => d.section === s.name).length,
    });
  }

  if (errors.length > 0) return { ok: false, errors: sortByLine(errors) };
  if (applications.length === 0) {
    warnings.push({ file, message: 'no radius_server_* or ldap_server_auto section: the file protects no application' });
  }
  return {
    ok: true,
    file,
    config: { sections: sections.map((s) => ({ name: s.name, entries: s.entries.map(({ key, value }) => ({ key, value })) })) },
    applications,
    droppedSecrets: dropped,
    warnings: sortByLine(warnings),
  };
}

type ParsedSection = { name: string; line: number; entries: { key: string; value: string; line: number }[] };

/**
 * Which client section a server section uses, as the proxy resolves it (duoauthproxy
 * lib/config_provider.py get_section_client) and checks it (lib/validation/config/check/
 * cross_config.py check_server_client_mapping): the section's own `client`, else for
 * ldap_server_auto the only [ad_client*], else [main] client, else the only section with "client" in
 * its name; radius_server_duo_only needs none (a `client` there has no effect).
 */
function clientWarnings(
  file: string,
  s: ParsedSection,
  clientEntry: { value: string; line: number } | undefined,
  sections: readonly ParsedSection[],
): SourceWarning[] {
  const lower = s.name.toLowerCase();
  const clients = sections.map((x) => x.name.toLowerCase()).filter((n) => n.includes('client'));
  if (lower.startsWith('radius_server_duo_only')) {
    return clientEntry
      ? [
          {
            file,
            line: clientEntry.line,
            message: `client in [${s.name}] has no effect: a radius_server_duo_only section does no primary authentication`,
          },
        ]
      : [];
  }
  let name = clientEntry?.value.trim().toLowerCase() ?? '';
  let inferred = '';
  if (name === '') {
    const ad = clients.filter((c) => c.startsWith('ad_client'));
    const main =
      sections
        .find((x) => x.name.toLowerCase() === 'main')
        ?.entries.find((e) => e.key.toLowerCase() === 'client')
        ?.value.trim()
        .toLowerCase() ?? '';
    if (lower.startsWith('ldap_server_auto') && ad.length === 1) inferred = ad[0]!;
    else if (main !== '') inferred = main;
    else if (clients.length === 1) inferred = clients[0]!;
    name = inferred;
  }
  const line = clientEntry?.line ?? s.line;
  if (name === '') {
    return [
      {
        file,
        line,
        message: `[${s.name}] names no client section (no "client" key, and none can be inferred): the Auth Proxy does no primary authentication for it — add client = ad_client (or radius_client) and that section`,
      },
    ];
  }
  const out: SourceWarning[] = [];
  if (!clients.includes(name)) {
    out.push({
      file,
      line,
      message: `[${s.name}] uses client ${quoteValue(name)}${inferred ? ' (inferred)' : ''} but the file has no [${name}] client section: the Auth Proxy rejects this server/client mapping`,
    });
  } else if (lower.startsWith('ldap_server_auto') && !name.startsWith('ad_client')) {
    out.push({
      file,
      line,
      message: `[${s.name}] uses client ${quoteValue(name)}: an ldap_server_auto section needs an [ad_client] section`,
    });
  }
  return out;
}

/** duoauthproxy lib/validation/config/check (base.py, ldap_server_auto.py): ikey, skey, api_host are required. */
function requiredKeyWarnings(file: string, s: ParsedSection, dropped: readonly DroppedSecret[]): SourceWarning[] {
  const has = (k: string) =>
    s.entries.some((e) => e.key.toLowerCase() === k && e.value !== '') ||
    dropped.some((d) => d.section === s.name && d.key.toLowerCase() === k);
  const missing = ['ikey', 'api_host'].filter((k) => !has(k));
  if (!has('skey') && !has('skey_protected')) missing.splice(1, 0, 'skey');
  if (missing.length === 0) return [];
  return [
    {
      file,
      line: s.line,
      message: `[${s.name}] has no ${missing.join(', ')}: the Auth Proxy cannot reach Duo for this section (its config check reports the key as missing)${missing.includes('api_host') ? '; api_host is the API hostname shown with the application in the Duo Admin Panel' : ''}`,
    },
  ];
}

/**
 * Renders a config as authproxy.cfg text. parseAuthProxyConfig(renderAuthProxyConfig(c)).config
 * equals c for every config the parser can produce (trimmed keys and values, no secrets, no line
 * breaks, section names without brackets, keys without "=").
 */
export function renderAuthProxyConfig(cfg: AuthProxyConfig): string {
  const blocks = cfg.sections.map((s) => {
    const lines = [`[${s.name}]`];
    for (const e of s.entries) lines.push(e.value === '' ? `${e.key} =` : `${e.key} = ${e.value}`);
    return lines.join('\n');
  });
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}
