// Duo Unix (login_duo / pam_duo) configuration: /etc/duo/login_duo.conf or /etc/duo/pam_duo.conf.
// Follows duo_unix's own reader (the bundled inih parser and duo_common_ini_handler):
// - `;` and `#` start full-line comments; a `;` preceded by whitespace starts an inline comment;
// - `[section]` lines; `name = value` (split at the first `=`); anything else is a parse error;
// - Duo Unix reads its options in any section; the documented place is [duo] (a warning otherwise);
// - `failmode` is compared CASE-SENSITIVELY: exactly `safe` or `secure` (e.g. `Secure` is an error
//   naming the line); absent means `safe` (failmodeSource 'default'); when set twice the last wins,
//   as in Duo Unix (with a warning);
// - skey (secret), ikey and http_proxy (may carry proxy credentials) are never kept or echoed.
// One `duo-unix` application per file, named by the `name` option or the file's base name.
// Never throws.
import { fileBaseName, quoteValue, sortByLine, splitLines } from './common';
import type { ParseFailure, SourceError, SourceWarning } from './common';
import type { Failmode, FailmodeSource } from './authproxy';

export interface DuoUnixApplication {
  name: string;
  failmode: Failmode;
  failmodeSource: FailmodeSource;
  failmodeLine: number | null;
  /** The Duo API hostname (`host`); not a secret. */
  host: string | null;
  /** Unix groups that Duo applies to (`groups` / `group`), as written; empty = all users. */
  unixGroups: string[];
}

export interface DuoUnixParseSuccess {
  ok: true;
  file: string;
  application: DuoUnixApplication;
  warnings: SourceWarning[];
}

export type DuoUnixParseResult = DuoUnixParseSuccess | ParseFailure;

export interface DuoUnixParseOptions {
  /** Application name; default: the file's base name (`pam_duo.conf` → `pam_duo`). */
  name?: string;
}

/** Options that duo_unix understands (common handler plus login_duo's own). */
const KNOWN_OPTIONS = new Set([
  'ikey',
  'skey',
  'host',
  'cafile',
  'http_proxy',
  'groups',
  'group',
  'failmode',
  'pushinfo',
  'noverify',
  'prompts',
  'autopush',
  'accept_env_factor',
  'fallback_local_ip',
  'https_timeout',
  'send_gecos',
  'gecos_parsed',
  'motd',
  'dev_fallback',
]);

const SECRET_OPTIONS = new Set(['skey', 'ikey', 'http_proxy']);

export function isDuoUnixSecretKey(key: string): boolean {
  const k = key.toLowerCase();
  return SECRET_OPTIONS.has(k) || /secret|password|skey|ikey/.test(k);
}

/** inih: the first `c`, or a `;` preceded by whitespace, whichever comes first. */
function findCharOrComment(s: string, c: string): number {
  let wasSpace = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === c || (wasSpace && ch === ';')) return i;
    wasSpace = /\s/.test(ch);
  }
  return s.length;
}

export function parseDuoUnixConfig(text: string, file = 'pam_duo.conf', opts: DuoUnixParseOptions = {}): DuoUnixParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text), file, opts);
  } catch (e) {
    return { ok: false, errors: [{ file, message: `internal error while reading the file: ${e instanceof Error ? e.name : 'unknown'}` }] };
  }
}

function parse(text: string, file: string, opts: DuoUnixParseOptions): DuoUnixParseResult {
  const errors: SourceError[] = [];
  const warnings: SourceWarning[] = [];
  let section: string | null = null;
  let sawDuo = false;
  let failmode: Failmode = 'safe';
  let failmodeSource: FailmodeSource = 'default';
  let failmodeLine: number | null = null;
  let host: string | null = null;
  let unixGroups: string[] = [];
  const outsideReported = new Set<string>();

  for (const { line, text: raw } of splitLines(text)) {
    const t = raw.trim();
    if (t === '' || t.startsWith(';') || t.startsWith('#')) continue;
    if (t.startsWith('[')) {
      const end = findCharOrComment(t.slice(1), ']');
      if (t[end + 1] !== ']') {
        errors.push({ file, line, message: 'malformed section header: expected [name] (no closing "]")' });
        continue;
      }
      section = t.slice(1, end + 1);
      if (section === 'duo') sawDuo = true;
      continue;
    }
    const eq = findCharOrComment(t, '=');
    if (t[eq] !== '=') {
      errors.push({ file, line, message: 'expected "name = value", a [section] header or a full-line comment (# or ;)' });
      continue;
    }
    const name = t.slice(0, eq).trim();
    let value = t.slice(eq + 1).trim();
    const comment = findCharOrComment(value, '\0');
    if (value[comment] === ';') value = value.slice(0, comment).trim();
    if (name === '') {
      errors.push({ file, line, message: 'missing option name before "=": expected "name = value"' });
      continue;
    }
    const key = name; // duo_unix compares option names case-sensitively (strcmp)
    if (section !== 'duo') {
      const where = section === null ? 'before any section' : `in [${section}]`;
      if (!outsideReported.has(where)) {
        outsideReported.add(where);
        warnings.push({ file, line, message: `option ${where}: Duo Unix reads it, but its documented place is the [duo] section` });
      }
    }
    if (isDuoUnixSecretKey(key)) continue; // never kept, never echoed
    if (!KNOWN_OPTIONS.has(key)) {
      warnings.push({ file, line, message: `unknown option ${quoteValue(key)}: pam_duo treats unknown options as a configuration error` });
      continue;
    }
    if (key === 'failmode') {
      if (value !== 'safe' && value !== 'secure') {
        errors.push({
          file,
          line,
          message: `failmode must be exactly safe or secure (lower case: Duo Unix compares it case-sensitively), got ${quoteValue(value)}`,
        });
        continue;
      }
      if (failmodeLine !== null) {
        warnings.push({ file, line, message: `failmode set again (first at line ${failmodeLine}): Duo Unix uses the last value` });
      }
      failmode = value;
      failmodeSource = 'configured';
      failmodeLine = line;
    } else if (key === 'host') {
      host = value === '' ? null : value;
    } else if (key === 'groups' || key === 'group') {
      unixGroups = splitGroups(value);
    }
  }

  if (errors.length > 0) return { ok: false, errors: sortByLine(errors) };
  if (!sawDuo) warnings.push({ file, message: 'no [duo] section: expected the options in [duo]' });
  const name = opts.name?.trim() || fileBaseName(file);
  return {
    ok: true,
    file,
    application: { name, failmode, failmodeSource, failmodeLine, host, unixGroups },
    warnings: sortByLine(warnings),
  };
}

/** `groups = admins users\ with\ space !guests` → ['admins', 'users with space', '!guests']. */
function splitGroups(value: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && value[i + 1] === ' ') {
      cur += ' ';
      i++;
    } else if (ch === ' ') {
      if (cur !== '') out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur !== '') out.push(cur);
  return out;
}
