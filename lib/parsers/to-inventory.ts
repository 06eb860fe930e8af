// Turns one or more parsed artefacts into ONE interchange inventory (InventoryData, valid against
// inventorySchema). Decisions (docs/decisions/0030-importers.md):
// - applications in the order of the files, and within a file in its section / array order;
// - Auth Proxy applications are named "<file base name> <section>", e.g. "authproxy01 radius_server_auto";
//   a Duo Unix application by its `name` (default: the file base name, e.g. "pam_duo");
// - what an artefact does not know gets a neutral default: dataClasses [], mfaMandate 'none',
//   criticality 'medium' — to be classified by a person (the review starts unreviewed anyway);
// - notes say where the application came from (file, section, line), port, client section and
//   "failmode default (absent)" when the failmode was not set;
// - groups: from Admin API groups_allowed (alwaysRequireMfa false) and from inventory files; an
//   inventory file's definition wins over an implicit one; two different definitions are an error;
// - application names that clash (case-insensitively) are an error naming both files and lines.
// Never throws.
import { z } from 'zod';
import { inventorySchema } from '../validations/inventory';
import type { InventoryData } from '../validations/inventory';
import type { AuthProxyParseSuccess } from './authproxy';
import { fileBaseName, sortByLine } from './common';
import type { ParseFailure, SourceError, SourceWarning } from './common';
import type { AdminApiParseSuccess } from './duo-admin-api';
import type { DuoUnixParseSuccess } from './duo-unix';

export type ParsedSource =
  | { format: 'inventory'; file: string; inventory: InventoryData }
  | { format: 'authproxy'; file: string; result: AuthProxyParseSuccess }
  | { format: 'duo-unix'; file: string; result: DuoUnixParseSuccess }
  | { format: 'duo-admin-api'; file: string; result: AdminApiParseSuccess };

/**
 * What the import knows about each application beyond the interchange fields (aligned with
 * inventory.applications). Not part of the interchange format: used by the import preview.
 */
export interface ImportAppMeta {
  format: ParsedSource['format'];
  file: string;
  line: number | null;
  /** Where the artefact defines it: "authproxy:<file base>:<section>", "duo-unix:<file base>"; null otherwise. */
  sourceKey: string | null;
  /** ikeyFingerprint of the Duo integration key, when the artefact has one. */
  ikeyHash: string | null;
  /** Line where the failmode was found; null when absent (default) or not in the artefact. */
  failmodeLine: number | null;
  failmodeSource: 'configured' | 'default' | 'not-reported';
  secretsDropped: number;
  /** The artefact cannot know mandate, data classes and groups: the application needs triage. */
  triage: boolean;
  /**
   * The source states who has access (the Duo sync: groups_allowed): on update a non-empty group
   * list replaces the application's access; an empty one (Duo: every user) leaves it as it is.
   */
  accessFromSource?: boolean;
}

export interface ToInventorySuccess {
  ok: true;
  inventory: InventoryData;
  warnings: SourceWarning[];
  meta: ImportAppMeta[];
}

export type ToInventoryResult = ToInventorySuccess | ParseFailure;

/** Defaults for what an artefact cannot know. */
export const IMPORT_DEFAULTS = Object.freeze({ mfaMandate: 'none', criticality: 'medium' } as const);

type App = InventoryData['applications'][number];
type Group = InventoryData['groups'][number];
type Policy = NonNullable<InventoryData['policy']>;

interface Origin {
  file: string;
  line?: number;
}

const NOTES_MAX = 4000;

function clip(notes: string): string {
  return notes.length <= NOTES_MAX ? notes : `${notes.slice(0, NOTES_MAX - 1)}…`;
}

function where(o: Origin): string {
  return o.line !== undefined ? `${o.file}:${o.line}` : o.file;
}

export function toInventory(sources: readonly ParsedSource[]): ToInventoryResult {
  try {
    return build(sources);
  } catch (e) {
    return {
      ok: false,
      errors: [{ file: sources[0]?.file ?? '-', message: `internal error while merging: ${e instanceof Error ? e.message : String(e)}` }],
    };
  }
}

function build(sources: readonly ParsedSource[]): ToInventoryResult {
  const errors: SourceError[] = [];
  const warnings: SourceWarning[] = [];
  const apps: App[] = [];
  const appOrigins: Origin[] = [];
  const metas: ImportAppMeta[] = [];
  const appNames = new Map<string, Origin>();
  const groups: Group[] = [];
  const groupOrigins: Origin[] = [];
  /** lower-cased name → index in groups and whether an inventory file defined it explicitly. */
  const groupIndex = new Map<string, { i: number; explicit: boolean }>();
  let policy: Policy | undefined;
  let policyOrigin: Origin | undefined;

  const addApp = (app: App, origin: Origin, meta: ImportAppMeta) => {
    const key = app.name.toLowerCase();
    const first = appNames.get(key);
    if (first) {
      errors.push({
        file: origin.file,
        ...(origin.line !== undefined ? { line: origin.line } : {}),
        message: `application name "${app.name}" clashes with the application from ${where(first)} (names must be unique, case-insensitively): rename one of the files or entries`,
      });
      return;
    }
    appNames.set(key, origin);
    apps.push(app);
    appOrigins.push(origin);
    metas.push(meta);
  };

  const addGroup = (g: Group, origin: Origin, explicit: boolean) => {
    const key = g.name.toLowerCase();
    const seen = groupIndex.get(key);
    if (!seen) {
      groupIndex.set(key, { i: groups.length, explicit });
      groups.push(g);
      groupOrigins.push(origin);
      return;
    }
    if (!explicit) return;
    if (!seen.explicit) {
      groups[seen.i] = g; // the explicit definition wins over one implied by groups_allowed
      groupOrigins[seen.i] = origin;
      seen.explicit = true;
      return;
    }
    const prev = groups[seen.i]!;
    if (JSON.stringify(normGroup(prev)) !== JSON.stringify(normGroup(g))) {
      errors.push({
        file: origin.file,
        ...(origin.line !== undefined ? { line: origin.line } : {}),
        message: `group "${g.name}" is defined differently in ${where(groupOrigins[seen.i]!)}: make the definitions agree`,
      });
    }
  };

  for (const src of sources) {
    switch (src.format) {
      case 'inventory': {
        const inv = src.inventory;
        for (const g of inv.groups) addGroup(g, { file: src.file }, true);
        for (const a of inv.applications) {
          addApp(
            { ...a, dataClasses: [...a.dataClasses], groups: [...a.groups] },
            { file: src.file },
            {
              format: 'inventory',
              file: src.file,
              line: null,
              sourceKey: null,
              ikeyHash: null,
              failmodeLine: null,
              failmodeSource: 'not-reported',
              secretsDropped: 0,
              triage: false,
            },
          );
        }
        if (inv.policy) {
          if (!policy) {
            policy = { ...inv.policy };
            policyOrigin = { file: src.file };
          } else {
            for (const [k, v] of Object.entries(inv.policy) as [keyof Policy, Policy[keyof Policy]][]) {
              if (v === undefined) continue;
              const prev = policy[k];
              if (prev === undefined) (policy as Record<string, unknown>)[k] = v;
              else if (JSON.stringify(prev) !== JSON.stringify(v)) {
                errors.push({
                  file: src.file,
                  message: `policy setting "${k}" differs from the one in ${where(policyOrigin!)}: make them agree`,
                });
              }
            }
          }
        }
        break;
      }
      case 'authproxy': {
        const base = fileBaseName(src.file);
        for (const a of src.result.applications) {
          const parts = [
            `Imported from ${src.file} [${a.section}] (line ${a.line}).`,
            `Port: ${a.port ?? 'not set'}.`,
            `Client section: ${a.client ?? 'none'}.`,
            a.failmodeSource === 'default'
              ? 'Failmode default (absent): the Auth Proxy fails safe.'
              : `Failmode configured at line ${a.failmodeLine}.`,
          ];
          addApp(
            {
              name: `${base} ${a.section}`,
              integration: a.type === 'ldap' ? 'auth-proxy-ldap' : 'auth-proxy-radius',
              dataClasses: [],
              mfaMandate: IMPORT_DEFAULTS.mfaMandate,
              criticality: IMPORT_DEFAULTS.criticality,
              configuredFailmode: a.failmode,
              groups: [],
              notes: clip(parts.join(' ')),
            },
            { file: src.file, line: a.line },
            {
              format: 'authproxy',
              file: src.file,
              line: a.line,
              sourceKey: `authproxy:${base.toLowerCase()}:${a.section.toLowerCase()}`,
              ikeyHash: a.ikeyHash,
              failmodeLine: a.failmodeLine,
              failmodeSource: a.failmodeSource,
              secretsDropped: a.secretsDropped,
              triage: true,
            },
          );
        }
        break;
      }
      case 'duo-unix': {
        const a = src.result.application;
        const parts = [
          `Imported from ${src.file}.`,
          a.failmodeSource === 'default'
            ? 'Failmode default (absent): Duo Unix fails safe.'
            : `Failmode configured at line ${a.failmodeLine}.`,
        ];
        if (a.unixGroups.length > 0) parts.push(`Duo applies to the Unix groups: ${a.unixGroups.join(', ')}.`);
        if (src.result.effect === 'allows-every-login')
          parts.push('CRITICAL: as written, Duo Unix lets every login through without 2FA (see the import warnings).');
        else if (src.result.effect === 'refuses-every-login')
          parts.push('As written, Duo Unix refuses every login (see the import warnings).');
        addApp(
          {
            name: a.name,
            integration: 'duo-unix',
            dataClasses: [],
            mfaMandate: IMPORT_DEFAULTS.mfaMandate,
            criticality: IMPORT_DEFAULTS.criticality,
            configuredFailmode: a.failmode,
            groups: [],
            notes: clip(parts.join(' ')),
          },
          { file: src.file, ...(a.failmodeLine !== null ? { line: a.failmodeLine } : {}) },
          {
            format: 'duo-unix',
            file: src.file,
            line: a.failmodeLine,
            sourceKey: `duo-unix:${fileBaseName(src.file).toLowerCase()}`,
            ikeyHash: src.result.ikeyHash,
            failmodeLine: a.failmodeLine,
            failmodeSource: a.failmodeSource,
            secretsDropped: src.result.secretsDropped,
            triage: true,
          },
        );
        break;
      }
      case 'duo-admin-api': {
        for (const a of src.result.applications) {
          const origin: Origin = { file: src.file, ...(a.line !== null ? { line: a.line } : {}) };
          for (const g of a.groups) addGroup({ name: g, alwaysRequireMfa: false }, origin, false);
          const parts = [
            a.duoNotes,
            `Imported from the Duo Admin API (${src.file}${a.line !== null ? `, line ${a.line}` : ''}). ${a.typeNote}`,
          ];
          parts.push(
            a.configuredFailmode === 'unknown'
              ? "The Admin API does not report the failmode: set it from the integration's configuration."
              : '',
          );
          addApp(
            {
              name: a.name,
              integration: a.integration,
              dataClasses: [],
              mfaMandate: IMPORT_DEFAULTS.mfaMandate,
              criticality: IMPORT_DEFAULTS.criticality,
              configuredFailmode: a.configuredFailmode,
              groups: [...a.groups],
              notes: clip(parts.filter((p): p is string => p !== null && p !== '').join('\n\n')),
            },
            origin,
            {
              format: 'duo-admin-api',
              file: src.file,
              line: a.line,
              sourceKey: null,
              ikeyHash: a.ikeyHash,
              failmodeLine: null,
              failmodeSource: 'not-reported',
              secretsDropped: a.secretsDropped,
              // groups_allowed is known, but not the mandate or the data: still to be triaged.
              triage: true,
            },
          );
        }
        break;
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors: sortByLine(errors) };

  const raw = { version: 1 as const, ...(policy ? { policy } : {}), groups, applications: apps };
  const parsed = inventorySchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => schemaIssue(i, appOrigins, groupOrigins, sources)) };
  return { ok: true, inventory: parsed.data, warnings, meta: metas };
}

function normGroup(g: Group): Group {
  return {
    name: g.name.toLowerCase(),
    alwaysRequireMfa: g.alwaysRequireMfa,
    ...(g.memberCount !== undefined ? { memberCount: g.memberCount } : {}),
    ...(g.description !== undefined ? { description: g.description } : {}),
  };
}

function schemaIssue(issue: z.core.$ZodIssue, appOrigins: Origin[], groupOrigins: Origin[], sources: readonly ParsedSource[]): SourceError {
  const [top, index, field] = issue.path;
  const origin =
    top === 'applications' && typeof index === 'number'
      ? appOrigins[index]
      : top === 'groups' && typeof index === 'number'
        ? groupOrigins[index]
        : undefined;
  const file = origin?.file ?? sources[0]?.file ?? '-';
  const what = typeof field === 'string' ? `${top === 'groups' ? 'group' : 'application'} ${field}: ` : '';
  return { file, ...(origin?.line !== undefined ? { line: origin.line } : {}), message: `${what}${issue.message}` };
}
