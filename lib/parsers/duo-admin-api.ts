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
import { ikeyFingerprint, quoteValue, sortByLine } from './common';
import { DUO_ADMIN_API_TYPES, DUO_TYPES_SKIPPED } from './duo-admin-api-types';
import type { ParseFailure, SourceError, SourceWarning } from './common';

/**
 * Duo Admin API integration `type` → catalog slug, built from DUO_ADMIN_API_TYPES (one row per type
 * with its source; ./duo-admin-api-types.ts). Types not listed become `other-third-party` with a
 * warning and a note naming the original type; `sso-*` types are Duo Single Sign-On applications.
 */
export const DUO_TYPE_MAP: Readonly<Record<string, { slug: IntegrationSlug; note?: string }>> = Object.freeze(
  Object.fromEntries(DUO_ADMIN_API_TYPES.map((r) => [r.type, { slug: r.slug, ...(r.note ? { note: r.note } : {}) }])),
);

export { DUO_TYPES_SKIPPED };

export interface DuoTypeMapping {
  slug: IntegrationSlug;
  /** True when the type has an entry in DUO_TYPE_MAP (or is sso-*). */
  known: boolean;
  note: string;
}

export function mapDuoIntegrationType(type: string): DuoTypeMapping {
  const t = type.trim().toLowerCase();
  const entry = Object.hasOwn(DUO_TYPE_MAP, t) ? DUO_TYPE_MAP[t] : undefined;
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
  /** Reaches Duo through an Authentication Proxy (type table). */
  viaAuthProxy: boolean;
  /** ikeyFingerprint of integration_key (the key itself is not kept). */
  ikeyHash: string | null;
  /** Secret fields of the object (secret_key, integration_key, …) that were dropped. */
  secretsDropped: number;
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
      errors: [
        { file, ...(err ? { line: err.line, column: err.column } : {}), message: `invalid JSON: ${err ? err.message : 'cannot parse'}` },
      ],
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
        errors: [
          {
            file,
            line: 1,
            path: 'stat',
            message: `the Admin API answered stat ${quoteValue(String(env.stat))}${detail ? ` (${quoteValue(detail, 120)})` : ''}: expected "OK" with the integrations in "response"`,
          },
        ],
      };
    }
    if ('stat' in env || 'response' in env) {
      if (Array.isArray(env.response)) {
        items = env.response;
        base = ['response'];
      } else if (isIntegrationObject(env.response)) {
        // GET /admin/v1/integrations/{integration_key}: one integration in "response".
        items = [env.response];
        base = ['response'];
      } else {
        return {
          ok: false,
          errors: [
            {
              file,
              line: 1,
              path: 'response',
              message: `expected {"stat":"OK","response":[…integrations]} (or one integration object in "response"), got ${'response' in env ? `"response" as ${describe(env.response)}` : 'an object without "response"'}`,
            },
          ],
        };
      }
    } else if (isIntegrationObject(env)) {
      // One integration object on its own (the "response" of GET /admin/v1/integrations/{ikey}).
      items = [env];
      base = [];
    } else {
      return {
        ok: false,
        errors: [
          {
            file,
            line: 1,
            message: 'expected {"stat":"OK","response":[…]}, an array of integrations or one integration object (with "name" and "type")',
          },
        ],
      };
    }
  } else {
    return {
      ok: false,
      errors: [{ file, line: 1, message: `expected {"stat":"OK","response":[…]} or an array of integrations, got ${describe(raw)}` }],
    };
  }

  const pending: Pending[] = [];
  const drafts: (Omit<AdminApiApplication, 'line'> & { path: PathSegment[] })[] = [];
  const single = !Array.isArray(raw) && !Array.isArray((raw as Record<string, unknown>).response);
  items.forEach((item, i) => {
    const path = single ? [...base] : [...base, i];
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
      pending.push({
        path: [...path, 'type'],
        message: `"type" must be a non-empty string (the Duo integration type), got ${describe(obj.type)}`,
      });
      return;
    }
    const type = obj.type.trim();
    if (DUO_TYPES_SKIPPED.includes(type.toLowerCase())) {
      pending.push({
        path,
        warning: true,
        message: `integration ${quoteValue(name)} of type ${quoteValue(type)} protects no user login: skipped`,
      });
      return;
    }
    const groups: string[] = [];
    const ga = obj.groups_allowed;
    if (ga !== undefined && ga !== null) {
      if (!Array.isArray(ga)) {
        pending.push({
          path: [...path, 'groups_allowed'],
          message: `"groups_allowed" must be an array of group names or group objects, got ${describe(ga)}`,
        });
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
      pending.push({
        path: [...path, 'type'],
        warning: true,
        message: `type ${quoteValue(type)} of ${quoteValue(name)} has no catalog entry: imported as other-third-party`,
      });
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
      viaAuthProxy: DUO_ADMIN_API_TYPES.some((r) => r.type === type.toLowerCase() && r.viaAuthProxy),
      ikeyHash: typeof obj.integration_key === 'string' ? ikeyFingerprint(obj.integration_key) : null,
      secretsDropped: Object.keys(obj).filter((k) => k === 'integration_key' || /secret|password|skey|token/i.test(k)).length,
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

/** An Admin API integration object: has "type" and one of "integration_key" / "name" (string). */
export function isIntegrationObject(v: unknown): boolean {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const o = v as Record<string, unknown>;
  return typeof o.type === 'string' && (typeof o.integration_key === 'string' || (typeof o.name === 'string' && !('applications' in o)));
}
