// Duo Unix (login_duo / pam_duo) configuration: /etc/duo/login_duo.conf or /etc/duo/pam_duo.conf.
// A model of duo_unix's own reader, line for line (github.com/duosecurity/duo_unix):
// - lib/ini.c (inih, INI_ALLOW_MULTILINE 1 in lib/ini.h): each line is right- then left-stripped;
//   a line that STARTS WITH WHITESPACE after a `name = value` line (in the same section) CONTINUES
//   that name: the handler is called again with the previous name and the whole stripped line as
//   value (no inline comment is cut; only a `;` line is skipped, a `#` line is a value); blank lines
//   do not end a continuation, a [section] line does. Otherwise `;`/`#` lines are comments, `[x]`
//   starts a section (text after `]` ignored), `name = value` splits at the first `=` (a `;` after
//   whitespace starts an inline comment) and anything else is a parse error. The FIRST error stops
//   the reading ("Parse error in FILE, line N").
// - lib/util.c duo_common_ini_handler: the options and their checks (names compared with strcmp,
//   section ignored): ikey, skey, host, cafile, http_proxy replace the value; groups/group APPEND
//   words (backslash-space escapes a space; at most 255); failmode exactly `secure` or `safe`;
//   booleans true only for yes/true/on/1; gecos_delim one punctuation character other than `:`;
//   gecos_username_pos >= 1; gecos_parsed and dev_fips_mode accepted with no effect; anything else
//   is rejected (pam_duo/pam_duo.c: "Invalid pam_duo option"; login_duo/login_duo.c adds `motd`).
// - pam_duo/pam_duo.c pam_sm_authenticate, login_duo/login_duo.c: on a parse error, on a missing or
//   empty host, ikey or skey, or with autopush and verified_push both on, Duo Unix does not ask for
//   2FA and returns by the failmode read SO FAR (default safe): safe = every login goes through
//   without 2FA, secure = every login is refused. lib/util.c duo_groups_all_negated: when every
//   group pattern is negated no user matches and 2FA is skipped for everyone.
// Parse errors are errors (the import stops, naming the line and what Duo Unix then does); a file
// that reads but on which Duo Unix would still let logins through without 2FA gets a CRITICAL
// warning saying why. skey (secret), ikey and http_proxy (may carry credentials) are never kept
// or echoed; the count of dropped secret values is reported. Never throws.
import { fileBaseName, ikeyFingerprint, quoteValue, sortByLine, splitLines } from './common';
import type { ParseFailure, SourceWarning } from './common';
import type { Failmode, FailmodeSource } from './authproxy';

export type DuoUnixTarget = 'pam_duo' | 'login_duo';

/** What Duo Unix does with this file before any 2FA request (pam_duo.c / login_duo.c). */
export type DuoUnixEffect = 'runs' | 'allows-every-login' | 'refuses-every-login';

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
  /** Which program's option table was used (from the file name; pam_duo unless it says login_duo). */
  target: DuoUnixTarget;
  effect: DuoUnixEffect;
  /** Values of ikey, skey and http_proxy read and dropped (never kept). */
  secretsDropped: number;
  /** ikeyFingerprint of the ikey in effect (the key itself is not kept). */
  ikeyHash: string | null;
  warnings: SourceWarning[];
}

export type DuoUnixParseResult = DuoUnixParseSuccess | ParseFailure;

export interface DuoUnixParseOptions {
  /** Application name; default: the file's base name (`pam_duo.conf` → `pam_duo`). */
  name?: string;
  /** Whose option table applies; default from the file name (login_duo → login_duo, else pam_duo). */
  target?: DuoUnixTarget;
}

type OptionKind = 'secret' | 'string' | 'groups' | 'failmode' | 'bool' | 'int' | 'deprecated' | 'gecos_delim' | 'gecos_username_pos';

/** lib/util.c duo_common_ini_handler, in its order. */
export const DUO_UNIX_COMMON_OPTIONS: Readonly<Record<string, OptionKind>> = Object.freeze({
  ikey: 'secret',
  skey: 'secret',
  host: 'string',
  cafile: 'string',
  http_proxy: 'secret',
  groups: 'groups',
  group: 'groups',
  failmode: 'failmode',
  pushinfo: 'bool',
  noverify: 'bool',
  prompts: 'int',
  autopush: 'bool',
  accept_env_factor: 'bool',
  fallback_local_ip: 'bool',
  https_timeout: 'int',
  send_gecos: 'bool',
  gecos_parsed: 'deprecated',
  dev_fips_mode: 'deprecated',
  gecos_delim: 'gecos_delim',
  gecos_username_pos: 'gecos_username_pos',
  verified_push: 'bool',
});

/** login_duo/login_duo.c __ini_handler: login_duo's own options (pam_duo has none). */
export const LOGIN_DUO_OPTIONS: Readonly<Record<string, OptionKind>> = Object.freeze({ motd: 'bool' });

const SECRET_OPTIONS = new Set(['skey', 'ikey', 'http_proxy']);
/** lib/util.h MAX_GROUPS: the 256th group word is an error. */
const MAX_GROUPS = 256;
/** lib/ini.c MAX_LINE: fgets reads at most 199 characters of a line at a time. */
const MAX_LINE = 200;

export function isDuoUnixSecretKey(key: string): boolean {
  const k = key.toLowerCase();
  return SECRET_OPTIONS.has(k) || /secret|password|skey|ikey/.test(k);
}

/** C isspace in the "C" locale. */
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';

function rstrip(s: string): string {
  let e = s.length;
  while (e > 0 && isSpace(s[e - 1]!)) e--;
  return s.slice(0, e);
}

function lskip(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s[i]!)) i++;
  return s.slice(i);
}

/** inih find_char_or_comment: the first `c`, or a `;` preceded by whitespace, whichever comes first. */
function findCharOrComment(s: string, c: string): number {
  let wasSpace = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === c || (wasSpace && ch === ';')) return i;
    wasSpace = isSpace(ch);
  }
  return s.length;
}

/** C ispunct in the "C" locale: printable ASCII, not alphanumeric, not space. */
const isPunct = (ch: string) => /^[!-/:-@[-`{-~]$/.test(ch);

/** C atoi: optional whitespace and sign, then digits; 0 when none. */
function atoi(s: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(s);
  return m ? Number.parseInt(m[1]!, 10) : 0;
}

export function parseDuoUnixConfig(text: string, file = 'pam_duo.conf', opts: DuoUnixParseOptions = {}): DuoUnixParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text), file, opts);
  } catch (e) {
    return { ok: false, errors: [{ file, message: `internal error while reading the file: ${e instanceof Error ? e.name : 'unknown'}` }] };
  }
}

interface State {
  failmode: Failmode;
  failmodeSource: FailmodeSource;
  failmodeLine: number | null;
  /** Option name → line of the value in effect and whether it is empty. */
  set: Map<string, { line: number; empty: boolean; viaContinuation: boolean }>;
  groups: string[];
  bools: Map<string, boolean>;
  secretsDropped: number;
}

function parse(text: string, file: string, opts: DuoUnixParseOptions): DuoUnixParseResult {
  const target: DuoUnixTarget = opts.target ?? (/login_duo/i.test(fileBaseName(file)) ? 'login_duo' : 'pam_duo');
  const warnings: SourceWarning[] = [];
  const st: State = {
    failmode: 'safe',
    failmodeSource: 'default',
    failmodeLine: null,
    set: new Map(),
    groups: [],
    bools: new Map(),
    secretsDropped: 0,
  };
  let section = '';
  let sawDuo = false;
  let prevName = '';
  let prevLine = 0;
  const outsideReported = new Set<string>();
  let hostValue: string | null = null;
  let ikeyHash: string | null = null;
  /** Continuation lines that look like an option of their own: swallowed by the previous option. */
  const swallowed: { line: number; into: string; intoLine: number; looksLike: string }[] = [];

  const fail = (line: number, why: string): ParseFailure => {
    const fm =
      st.failmodeSource === 'default'
        ? 'failmode safe (the default: no failmode read before this line)'
        : `failmode ${st.failmode} (line ${st.failmodeLine})`;
    const effect =
      st.failmode === 'safe'
        ? `${target} stops reading the file here ("Parse error in ${fileBaseName(file)}, line ${line}") and, with ${fm}, lets EVERY login through without 2FA`
        : `${target} stops reading the file here ("Parse error in ${fileBaseName(file)}, line ${line}") and, with ${fm}, refuses every login`;
    const hint =
      swallowed.length > 0
        ? ` Line ${swallowed[swallowed.length - 1]!.line} is indented, so Duo Unix read it as part of ${quoteValue(swallowed[swallowed.length - 1]!.into)}.`
        : '';
    return { ok: false, errors: [{ file, line, message: `${why}: ${effect}.${hint}` }] };
  };

  /** duo_common_ini_handler (+ login_duo's motd); returns an error text when Duo Unix returns 0. */
  const handle = (line: number, name: string, value: string, continuation: boolean): string | null => {
    const kind = DUO_UNIX_COMMON_OPTIONS[name] ?? (target === 'login_duo' ? LOGIN_DUO_OPTIONS[name] : undefined);
    if (kind === undefined) {
      const safeName = isDuoUnixSecretKey(name) ? 'an option name that looks like a secret' : quoteValue(name);
      if (target === 'pam_duo' && LOGIN_DUO_OPTIONS[name] !== undefined)
        return `option "motd" is read by login_duo only: pam_duo rejects it ("Invalid pam_duo option")`;
      return `unknown option ${safeName}: ${target} rejects it ("Invalid ${target} option"; option names are case-sensitive)`;
    }
    const empty = value === '';
    switch (kind) {
      case 'secret':
        st.secretsDropped++;
        if (name === 'ikey') ikeyHash = continuation ? null : ikeyFingerprint(value);
        st.set.set(name, { line, empty, viaContinuation: continuation });
        return null;
      case 'string':
        st.set.set(name, { line, empty, viaContinuation: continuation });
        // An indented line read into host is not kept: it may be a secret line swallowed by host.
        if (name === 'host') hostValue = empty || continuation ? null : value;
        return null;
      case 'groups': {
        // util.c: words split at spaces, "\ " is a space inside a word.
        let cur = '';
        let esc = false;
        for (let i = 0; i <= value.length; i++) {
          const ch = value[i];
          if (ch === '\\' && value[i + 1] === ' ' && !esc) {
            esc = true;
            continue;
          }
          if (esc) {
            cur += ' ';
            esc = false;
          } else if (ch === ' ' || ch === undefined) {
            if (cur !== '') {
              st.groups.push(cur);
              if (st.groups.length >= MAX_GROUPS) return `more than ${MAX_GROUPS - 1} group words ("Exceeded max ${MAX_GROUPS} groups")`;
              cur = '';
            }
          } else cur += ch;
        }
        return null;
      }
      case 'failmode':
        if (value !== 'secure' && value !== 'safe') {
          return `failmode must be exactly safe or secure (lower case: Duo Unix compares it case-sensitively), got ${continuation ? 'the indented line (read as a failmode value)' : quoteValue(value)}`;
        }
        if (st.failmodeLine !== null)
          warnings.push({ file, line, message: `failmode set again (first at line ${st.failmodeLine}): Duo Unix uses the last value` });
        st.failmode = value;
        st.failmodeSource = 'configured';
        st.failmodeLine = line;
        return null;
      case 'bool': {
        const on = value === 'yes' || value === 'true' || value === 'on' || value === '1';
        if (!on && !['no', 'false', 'off', '0'].includes(value)) {
          warnings.push({
            file,
            line,
            message: `${name}: Duo Unix takes only yes, true, on or 1 as "on"; ${continuation ? 'this value' : quoteValue(value)} means off`,
          });
        }
        st.bools.set(name, on);
        if (name === 'noverify' && on)
          warnings.push({ file, line, message: 'noverify is on: Duo Unix does not verify the Duo API certificate' });
        return null;
      }
      case 'int':
        return null;
      case 'deprecated':
        warnings.push({ file, line, message: `${name} is deprecated and has no effect (Duo Unix accepts it and logs so)` });
        return null;
      case 'gecos_delim':
        if (value.length !== 1) return `gecos_delim must be exactly one character`;
        if (!isPunct(value) || value === ':') return `gecos_delim must be a punctuation character other than ":"`;
        return null;
      case 'gecos_username_pos':
        if (atoi(value) < 1) return `gecos_username_pos must be a number from 1 ("Gecos position starts at 1")`;
        return null;
    }
  };

  for (const { line, text: raw } of splitLines(text)) {
    if (raw.length >= MAX_LINE - 1) {
      warnings.push({
        file,
        line,
        severity: 'warning',
        message: `line is ${raw.length} characters long: Duo Unix reads lines in pieces of ${MAX_LINE - 1} characters and takes the rest as another line (keep lines shorter)`,
      });
    }
    const start = lskip(rstrip(raw));
    const indented = start !== '' && start.length < rstrip(raw).length;

    if (prevName !== '' && indented) {
      // Continuation of the previous name's value (ini.c, INI_ALLOW_MULTILINE).
      if (start.startsWith(';')) continue;
      const eq = findCharOrComment(start, '=');
      const lhs = rstrip(start.slice(0, eq));
      if (start[eq] === '=' && (DUO_UNIX_COMMON_OPTIONS[lhs] !== undefined || LOGIN_DUO_OPTIONS[lhs] !== undefined)) {
        swallowed.push({ line, into: prevName, intoLine: prevLine, looksLike: lhs });
        warnings.push({
          file,
          line,
          message: `line is indented, so Duo Unix reads it as a continuation of ${quoteValue(prevName)} (line ${prevLine}), not as the option ${quoteValue(lhs)}${DUO_UNIX_COMMON_OPTIONS[prevName] === 'groups' ? '' : `: ${quoteValue(prevName)} now holds this line and ${quoteValue(lhs)} is not set`} (remove the leading whitespace)`,
        });
      } else if (start.startsWith('[')) {
        swallowed.push({ line, into: prevName, intoLine: prevLine, looksLike: start });
        warnings.push({
          file,
          line,
          message: `line is indented, so Duo Unix reads it as a continuation of ${quoteValue(prevName)} (line ${prevLine}), not as a section header (remove the leading whitespace)`,
        });
      } else if (start.startsWith('#')) {
        warnings.push({
          file,
          line,
          message: `indented "#" line: Duo Unix reads it as a continuation of ${quoteValue(prevName)} (line ${prevLine}), not as a comment (only ";" comments may be indented)`,
        });
      }
      const err = handle(line, prevName, start, true);
      if (err) return fail(line, err);
      continue;
    }
    if (start === '' || start.startsWith(';') || start.startsWith('#')) continue;
    if (start.startsWith('[')) {
      const end = findCharOrComment(start.slice(1), ']');
      if (start[end + 1] !== ']') return fail(line, 'malformed section header: expected [name] (no closing "]")');
      section = start.slice(1, end + 1);
      if (section === 'duo') sawDuo = true;
      prevName = '';
      continue;
    }
    const eq = findCharOrComment(start, '=');
    if (start[eq] !== '=') return fail(line, 'expected "name = value", a [section] header or a full-line comment (# or ;)');
    const name = rstrip(start.slice(0, eq));
    let value = lskip(start.slice(eq + 1));
    const comment = findCharOrComment(value, '\0');
    if (value[comment] === ';') value = value.slice(0, comment);
    value = rstrip(value);
    prevName = name;
    prevLine = line;
    if (section !== 'duo') {
      const where = section === '' ? 'before any section' : `in [${section}]`;
      if (!outsideReported.has(where)) {
        outsideReported.add(where);
        warnings.push({ file, line, message: `option ${where}: Duo Unix reads it, but its documented place is the [duo] section` });
      }
    }
    const err = handle(line, name, value, false);
    if (err) return fail(line, err);
  }

  if (!sawDuo) warnings.push({ file, message: 'no [duo] section: expected the options in [duo]' });

  // pam_duo.c / login_duo.c: checks after reading, before any 2FA request.
  let effect: DuoUnixEffect = 'runs';
  const missing = (['host', 'ikey', 'skey'] as const).filter((k) => !st.set.has(k) || st.set.get(k)!.empty);
  const failByMode = (why: string, line?: number) => {
    effect = st.failmode === 'safe' ? 'allows-every-login' : 'refuses-every-login';
    const fm = st.failmodeSource === 'default' ? 'failmode safe (the default)' : `failmode ${st.failmode} (line ${st.failmodeLine})`;
    warnings.push({
      file,
      ...(line !== undefined ? { line } : {}),
      severity: 'critical',
      message:
        st.failmode === 'safe'
          ? `${why}: ${target} does not ask for 2FA and, with ${fm}, lets EVERY login through without it — not only during a Duo outage`
          : `${why}: ${target} does not ask for 2FA and, with ${fm}, refuses every login`,
    });
  };
  if (missing.length > 0) {
    const swallowedInfo = swallowed.filter((s) => missing.includes(s.looksLike as 'host'));
    const because =
      swallowedInfo.length > 0
        ? ` (${swallowedInfo.map((s) => `line ${s.line} is indented, so it was read as part of ${quoteValue(s.into)} at line ${s.intoLine}`).join('; ')})`
        : '';
    failByMode(
      `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing or empty ("Missing host, ikey, or skey")${because}`,
      swallowedInfo[0]?.line,
    );
  } else if (st.bools.get('autopush') && st.bools.get('verified_push')) {
    failByMode('autopush and verified_push are both on ("autopush and verified_push cannot both be enabled")');
  }
  if (effect === 'runs' && st.groups.length > 0 && allNegated(st.groups)) {
    effect = 'allows-every-login';
    warnings.push({
      file,
      severity: 'critical',
      message:
        'every group pattern is negated ("!…"): no user matches, so Duo Unix skips 2FA for every user (Duo suggests "*,!group" to exempt one group)',
    });
  }

  const name = opts.name?.trim() || fileBaseName(file);
  return {
    ok: true,
    file,
    application: {
      name,
      failmode: st.failmode,
      failmodeSource: st.failmodeSource,
      failmodeLine: st.failmodeLine,
      host: hostValue,
      unixGroups: st.groups,
    },
    target,
    effect,
    secretsDropped: st.secretsDropped,
    ikeyHash,
    warnings: sortByLine(warnings),
  };
}

/** lib/util.c duo_groups_all_negated: each word is a comma list; empty parts skipped. */
function allNegated(words: string[]): boolean {
  for (const w of words) {
    for (const part of w.split(',')) {
      if (part === '') continue;
      if (!part.startsWith('!')) return false;
    }
  }
  return true;
}
