// The JSON of Duo Admin API `GET /admin/v1/integrations` (SPEC §2.5): the envelope
// {"stat":"OK","response":[…]} or a bare array of integrations. Each integration becomes an
// application: `name`, `type` mapped to a catalog slug (DUO_TYPE_MAP below), `groups_allowed` → groups,
// `notes` → notes. `secret_key` (and every other secret-looking field) is dropped: it is never read
// into the result and never echoed. The Admin API does not expose the failmode: configuredFailmode is
// `none` for integrations without failmode control (per the catalog) and `unknown` otherwise.
// Never throws.
import { getCatalogEntry } from '../domain/catalog';
import type { IntegrationSlug } from '../domain/types';
import { LineIndex, findJsonSyntaxError, formatJsonPath, locateJsonPaths } from '../interchange/json-locate';
import type { PathSegment } from '../interchange/json-locate';
import { quoteValue, sortByLine } from './common';
import type { ParseFailure, SourceError, SourceWarning } from './common';

/**
 * Duo Admin API integration `type` → catalog slug. Source: the `type` values listed under "Retrieve
 * Integrations" in the Duo Admin API documentation (https://duo.com/docs/adminapi#retrieve-integrations)
 * as far as they name an integration of the outage guide; see docs/decisions/0030-importers.md for the
 * table with the assumptions. Types not listed here become `other-third-party` with a note naming the
 * original type; `sso-*` types are Duo Single Sign-On applications.
 */
export const DUO_TYPE_MAP: Readonly<Record<string, { slug: IntegrationSlug; note?: string }>> = Object.freeze({
  radius: { slug: 'auth-proxy-radius', note: 'Duo type "radius" is served by an Authentication Proxy radius_server_* section; import that authproxy.cfg for the configured failmode.' },
  ldapproxy: { slug: 'auth-proxy-ldap', note: 'Duo type "ldapproxy" is served by an Authentication Proxy [ldap_server_auto] section; import that authproxy.cfg for the configured failmode.' },
  adfs: { slug: 'adfs-3-4', note: 'The Admin API does not say the AD FS version: AD FS 3/4 assumed; change the integration to adfs-2 for AD FS 2.x.' },
  rdp: { slug: 'windows-logon-rdp' },
  unix: { slug: 'duo-unix' },
  owa: { slug: 'owa' },
  rdgateway: { slug: 'rd-web-gateway' },
  rdweb: { slug: 'rd-web-gateway' },
  dag: { slug: 'duo-access-gateway' },
  dng: { slug: 'duo-network-gateway' },
  'azure-ca': { slug: 'azure-conditional-access' },
  websdk: {
    slug: 'websdk-v2',
    note: 'The Admin API does not say the Web SDK version: WebSDK v2 assumed (its fail-open logic must be verified); change the integration to websdk-v4 if the application uses the Universal Prompt health_check().',
  },
  authapi: { slug: 'custom', note: 'Duo type "authapi": a custom integration of the Auth API; its fail-open behaviour is the application\'s own code.' },
  okta: { slug: 'okta' },
  onelogin: { slug: 'onelogin' },
  lastpass: { slug: 'lastpass' },
  '1password': { slug: '1password' },
  oracle: { slug: 'oracle-access-manager' },
});

/** Types that protect no user login (API credentials): skipped with a warning. */
export const DUO_TYPES_SKIPPED: readonly string[] = ['adminapi', 'accountsapi'];

export interface DuoTypeMapping {
  slug: IntegrationSlug;
  /** True when the type has an entry in DUO_TYPE_MAP (or is sso-*). */
  known: boolean;
  note: string;
}

export function mapDuoIntegrationType(type: string): DuoTypeMapping {
  const t = type.trim().toLowerCase();
  const entry = Object.prototype.hasOwnProperty.call(DUO_TYPE_MAP, t) ? DUO_TYPE_MAP[t] : undefined;
  if (entry) return { slug: entry.slug, known: true, note: entry.note ?? `Duo type ${quoteValue(type)}.` };
  if (t.startsWith('sso-')) {
    return { slug: 'duo-sso', known: true, note: `Duo type ${quoteValue(type)}: an application federated to Duo Single Sign-On.` };
  }
  return {
    slug: 'other-third-party',
    known: false,
    note: `Duo type ${quoteValue(type)} has no catalog entry: imported as other-third-party (treated as no failmode control); check the vendor's documentation and change the integration if it is known.`,
  };
}

export interface AdminApiApplication {
  name: string;
  /** Line of the integration object in the JSON text. */
  line: number | null;
  duoType: string;
  integration: IntegrationSlug;
  configuredFailmode: 'unknown' | 'none';
  groups: string[];
  /** The integration's own notes from Duo, if any. */
  duoNotes: string | null;
  /** What the importer assumed about the type. */
  typeNote: string;
}

export interface AdminApiParseSuccess {
  ok: true;
  file: string;
  applications: AdminApiApplication[];
  warnings: SourceWarning[];
}

export type AdminApiParseResult = AdminApiParseSuccess | ParseFailure;

const DUO_GROUP_ID = /^DG[A-Z0-9]{18}$/;

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'null';
  if (typeof v === 'string') return v.trim() === '' ? 'an empty string' : 'a string';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}

export function parseDuoAdminApiIntegrations(text: string, file = 'integrations.json'): AdminApiParseResult {
  try {
    return parse(typeof text === 'string' ? text : String(text), file);
  } catch (e) {
    return { ok: false, errors: [{ file, message: `internal error while reading the file: ${e instanceof Error ? e.name : 'unknown'}` }] };
  }
}

interface Pending {
  path: PathSegment[];
  message: string;
  warning?: boolean;
}

function parse(input: string, file: string): AdminApiParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    const err = findJsonSyntaxError(text, new LineIndex(text));
    return {
      ok: false,
      errors: [{ file, ...(err ? { line: err.line, column: err.column } : {}), message: `invalid JSON: ${err ? err.message : 'cannot parse'}` }],
    };
  }

  let items: unknown[];
  let base: PathSegment[];
  if (Array.isArray(raw)) {
    items = raw;
    base = [];
  } else if (raw !== null && typeof raw === 'object') {
    const env = raw as Record<string, unknown>;
    if ('stat' in env && env.stat !== 'OK') {
      // Duo's FAIL envelope carries code and message (no secrets); show them to say why.
      const detail = [env.code, env.message].filter((x) => typeof x === 'string' || typeof x === 'number').join(' ');
      return {
        ok: false,
        errors: [{ file, line: 1, path: 'stat', message: `the Admin API answered stat ${quoteValue(String(env.stat))}${detail ? ` (${quoteValue(detail, 120)})` : ''}: expected "OK" with the integrations in "response"` }],
      };
    }
    if (!Array.isArray(env.response)) {
      return {
        ok: false,
        errors: [{ file, line: 1, path: 'response', message: `expected {"stat":"OK","response":[…integrations]} or an array of integrations, got ${'response' in env ? `"response" as ${describe(env.response)}` : 'an object without "response"'}` }],
      };
    }
    items = env.response;
    base = ['response'];
  } else {
    return { ok: false, errors: [{ file, line: 1, message: `expected {"stat":"OK","response":[…]} or an array of integrations, got ${describe(raw)}` }] };
  }

  const pending: Pending[] = [];
  const drafts: (Omit<AdminApiApplication, 'line'> & { path: PathSegment[] })[] = [];
  items.forEach((item, i) => {
    const path = [...base, i];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      pending.push({ path, message: `expected an integration object, got ${describe(item)}` });
      return;
    }
    const obj = item as Record<string, unknown>;
    const name = typeof obj.name === 'string' ? obj.name.trim() : '';
    if (typeof obj.name !== 'string' || name === '') {
      pending.push({ path: [...path, 'name'], message: `"name" must be a non-empty string, got ${describe(obj.name)}` });
      return;
    }
    if (typeof obj.type !== 'string' || obj.type.trim() === '') {
      pending.push({ path: [...path, 'type'], message: `"type" must be a non-empty string (the Duo integration type), got ${describe(obj.type)}` });
      return;
    }
    const type = obj.type.trim();
    if (DUO_TYPES_SKIPPED.includes(type.toLowerCase())) {
      pending.push({ path, warning: true, message: `integration ${quoteValue(name)} of type ${quoteValue(type)} protects no user login: skipped` });
      return;
    }
    const groups: string[] = [];
    const ga = obj.groups_allowed;
    if (ga !== undefined && ga !== null) {
      if (!Array.isArray(ga)) {
        pending.push({ path: [...path, 'groups_allowed'], message: `"groups_allowed" must be an array of group names or group objects, got ${describe(ga)}` });
        return;
      }
      let bad = false;
      let ids = false;
      ga.forEach((g, j) => {
        let gname: string | undefined;
        if (typeof g === 'string') gname = g.trim();
        else if (g !== null && typeof g === 'object' && !Array.isArray(g)) {
          const go = g as Record<string, unknown>;
          gname = typeof go.name === 'string' ? go.name.trim() : typeof go.group_id === 'string' ? go.group_id.trim() : undefined;
        }
        if (gname === undefined || gname === '') {
          pending.push({ path: [...path, 'groups_allowed', j], message: `expected a group name or {"name": …}, got ${describe(g)}` });
          bad = true;
          return;
        }
        if (DUO_GROUP_ID.test(gname)) ids = true;
        if (!groups.some((x) => x.toLowerCase() === gname!.toLowerCase())) groups.push(gname);
      });
      if (bad) return;
      if (ids) {
        pending.push({
          path: [...path, 'groups_allowed'],
          warning: true,
          message: `groups_allowed of ${quoteValue(name)} holds Duo group IDs: imported as group names; rename them to the group names`,
        });
      }
    }
    let duoNotes: string | null = null;
    if (obj.notes !== undefined && obj.notes !== null) {
      if (typeof obj.notes !== 'string') {
        pending.push({ path: [...path, 'notes'], message: `"notes" must be a string, got ${describe(obj.notes)}` });
        return;
      }
      duoNotes = obj.notes.trim() === '' ? null : obj.notes.trim();
    }
    const mapping = mapDuoIntegrationType(type);
    if (!mapping.known) {
      pending.push({ path: [...path, 'type'], warning: true, message: `type ${quoteValue(type)} of ${quoteValue(name)} has no catalog entry: imported as other-third-party` });
    }
    const control = getCatalogEntry(mapping.slug).failmodeControl;
    drafts.push({
      path,
      name,
      duoType: type,
      integration: mapping.slug,
      configuredFailmode: control === 'none' ? 'none' : 'unknown',
      groups,
      duoNotes,
      typeNote: mapping.note,
    });
  });

  const where = locateJsonPaths(text, [...pending.map((p) => p.path), ...drafts.map((d) => d.path)]);
  const lineOf = (path: PathSegment[]) => where.get(formatJsonPath(path))?.line;
  const errors: SourceError[] = [];
  const warnings: SourceWarning[] = [];
  for (const p of pending) {
    const line = lineOf(p.path);
    const e: SourceError = { file, ...(line !== undefined ? { line } : {}), path: formatJsonPath(p.path), message: p.message };
    (p.warning ? warnings : errors).push(e);
  }
  if (errors.length > 0) return { ok: false, errors: sortByLine(errors) };
  const applications = drafts.map(({ path, ...d }) => ({ ...d, line: lineOf(path) ?? null }));
  if (applications.length === 0) warnings.push({ file, message: 'no integration to import' });
  return { ok: true, file, applications, warnings: sortByLine(warnings) };
}
