// The inventory interchange format (SPEC §3): parse JSON or CSV text into a validated inventory with
// errors that say where (file, line, JSON path) and what was expected; render JSON and CSV that parse
// back to the same inventory. No framework imports: used by the CLIs, the API and the importer.
//
// CSV layout (docs/decisions/0010-rules-engine.md):
//   1. applications (required, first): header row with the columns
//      name,integration,dataClasses,mfaMandate,criticality,configuredFailmode,groups,owner,notes,onCallContact,escalation
//      (any order, case-insensitive; dataClasses, groups, owner, notes, onCallContact, escalation optional;
//      lists `;`-separated);
//   2. optional group table, introduced by the header row  group,alwaysRequireMfa,memberCount,description
//   3. optional policy table, introduced by the header row policy,value
//      (rows: mandatoryDataClasses | paidEdition | reviewIntervalDays | defaultLanguage).
// A group named by an application but not in the group table is created as {name, alwaysRequireMfa:false}.
// Empty lines are ignored. An empty owner/notes/description cell means "absent".
import type { z } from 'zod';
import { inventorySchema } from '../validations/inventory';
import type { InventoryData } from '../validations/inventory';
import type { Inventory } from '../domain/types';
import { CsvSyntaxError, parseCsvRecords, renderCsvRow, unguardCell } from './csv';
import type { CsvRecord } from './csv';
import { LineIndex, findJsonSyntaxError, formatJsonPath, locateJsonPaths } from './json-locate';
import type { PathSegment } from './json-locate';

export interface InterchangeError {
  file?: string;
  line?: number;
  column?: number;
  /** JSON path of the offending value, e.g. `applications[3].integration`. */
  path?: string;
  message: string;
}

export type ParseResult = { ok: true; inventory: InventoryData } | { ok: false; errors: InterchangeError[] };

export type InventoryTextFormat = 'json' | 'csv';

export interface ParseOptions {
  filename?: string;
  format?: InventoryTextFormat | 'auto';
}

export const APPLICATION_CSV_COLUMNS = [
  'name',
  'integration',
  'dataClasses',
  'mfaMandate',
  'criticality',
  'configuredFailmode',
  'groups',
  'owner',
  'notes',
  'onCallContact',
  'escalation',
] as const;
type AppColumn = (typeof APPLICATION_CSV_COLUMNS)[number];
const REQUIRED_APP_COLUMNS: readonly AppColumn[] = ['name', 'integration', 'mfaMandate', 'criticality', 'configuredFailmode'];

export const GROUP_CSV_COLUMNS = ['group', 'alwaysRequireMfa', 'memberCount', 'description'] as const;
type GroupColumn = (typeof GROUP_CSV_COLUMNS)[number];
export const POLICY_CSV_COLUMNS = ['policy', 'value'] as const;
const POLICY_KEYS = ['mandatoryDataClasses', 'paidEdition', 'reviewIntervalDays', 'defaultLanguage', 'messagingThresholdMinutes'] as const;
type PolicyKey = (typeof POLICY_KEYS)[number];

const INVENTORY_KEYS = ['version', 'policy', 'groups', 'applications'] as const;
const GROUP_KEYS = ['name', 'alwaysRequireMfa', 'memberCount', 'description'] as const;

// ---------------------------------------------------------------------------------------------------
// Format detection

/** Tells JSON from CSV: by the format option, then the file extension, then the content. */
export function detectFormat(text: string, opts: ParseOptions = {}): InventoryTextFormat {
  if (opts.format === 'json' || opts.format === 'csv') return opts.format;
  const ext = opts.filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) return 'json';
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return /^"?name"?\s*,/i.test(firstLine) ? 'csv' : 'json';
}

export function parseInventoryText(text: string, opts: ParseOptions = {}): ParseResult {
  const format = detectFormat(text, opts);
  const result = format === 'csv' ? parseInventoryCsv(text) : parseInventoryJson(text);
  if (!result.ok && opts.filename !== undefined) {
    const file = opts.filename;
    return { ok: false, errors: result.errors.map((e) => ({ file, ...e })) };
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// JSON

function allowedKeysAt(path: readonly PathSegment[]): readonly string[] | undefined {
  if (path.length === 0) return INVENTORY_KEYS;
  if (path.length === 1 && path[0] === 'policy') return POLICY_KEYS;
  if (path.length === 2 && path[0] === 'groups') return GROUP_KEYS;
  if (path.length === 2 && path[0] === 'applications') return APPLICATION_CSV_COLUMNS;
  return undefined;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function toSegments(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((s) => (typeof s === 'number' ? s : String(s)));
}

/** One readable sentence per Zod issue: what is wrong and what was expected. */
function issueMessage(issue: z.core.$ZodIssue, raw: unknown): { path: PathSegment[]; message: string } {
  const path = toSegments(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(path);
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    const message = `unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${keys}${allowed ? `; expected only: ${allowed.join(', ')}` : ''}`;
    return { path: issue.keys.length === 1 ? [...path, issue.keys[0]!] : path, message };
  }
  const value = valueAt(raw, path);
  // Say what was expected even when a form-friendly message ("Choose an integration") does not.
  const expected =
    issue.code === 'invalid_value' && issue.values.length > 0 && !issue.message.includes(String(issue.values[0]))
      ? `; expected one of: ${issue.values.map(String).join(', ')}`
      : '';
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const field = path[path.length - 1];
    const what = typeof field === 'string' ? `"${field}"` : 'value';
    const detail = issue.message.endsWith('is required') ? '' : ` (${issue.message}${expected})`;
    return { path, message: `required field ${what} is missing${detail}` };
  }
  if (issue.code === 'invalid_value') {
    return { path, message: `${issue.message}${expected} (got ${preview(value)})` };
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('must be text')) {
    return { path, message: `${issue.message} (expected a string, got ${describeValue(value)})` };
  }
  return { path, message: issue.message };
}

function preview(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : typeof v;
}

export function parseInventoryJson(input: string): ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const lines = new LineIndex(text);
    const err = findJsonSyntaxError(text, lines);
    if (err) return { ok: false, errors: [{ line: err.line, column: err.column, message: `invalid JSON: ${err.message}` }] };
    return { ok: false, errors: [{ message: `invalid JSON: ${e instanceof Error ? e.message : String(e)}` }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      ok: false,
      errors: [
        { line: 1, path: '', message: `expected a JSON object {"version":1,"groups":[…],"applications":[…]}, got ${describeValue(raw)}` },
      ],
    };
  }
  const parsed = inventorySchema.safeParse(raw);
  if (parsed.success) return { ok: true, inventory: parsed.data };

  const issues = parsed.error.issues.map((i) => issueMessage(i, raw));
  const where = locateJsonPaths(
    text,
    issues.map((i) => i.path),
  );
  const errors = issues.map(({ path, message }): InterchangeError => {
    const p = formatJsonPath(path);
    const pos = where.get(p);
    return { ...(pos ? { line: pos.line, column: pos.column } : {}), path: p, message };
  });
  return { ok: false, errors: sortErrors(errors) };
}

function sortErrors(errors: InterchangeError[]): InterchangeError[] {
  return errors.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? 0) - (b.column ?? 0));
}

// ---------------------------------------------------------------------------------------------------
// CSV

const norm = (s: string) => s.trim().toLowerCase();
const cellValue = (cell: string | undefined) => unguardCell(cell ?? '').trim();
const isBlank = (r: CsvRecord) => r.cells.every((c) => c.trim() === '');
const splitList = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');

function headerKind(cells: readonly string[]): 'group' | 'policy' | null {
  const names = cells.map(norm).filter((c) => c !== '');
  const groupCols = GROUP_CSV_COLUMNS.map((c) => c.toLowerCase());
  if (names[0] === 'group' && names.every((c) => groupCols.includes(c))) return 'group';
  if (names.length === 2 && names[0] === 'policy' && names[1] === 'value') return 'policy';
  return null;
}

function parseBool(v: string): boolean | undefined {
  const s = v.toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(s)) return true;
  if (['false', 'no', '0', 'n', ''].includes(s)) return false;
  return undefined;
}

function parseWhole(v: string): number | undefined {
  return /^\d+$/.test(v) ? Number(v) : undefined;
}

interface CsvOrigin {
  line: number;
  column?: string;
}

/** Maps a Zod issue path of the built inventory back to the CSV line (and column) it came from. */
interface CsvOrigins {
  applications: CsvOrigin[];
  groups: CsvOrigin[];
  policy: Map<string, number>;
  policyHeader?: number;
}

export function parseInventoryCsv(input: string): ParseResult {
  let records: CsvRecord[];
  try {
    records = parseCsvRecords(input);
  } catch (e) {
    if (e instanceof CsvSyntaxError) return { ok: false, errors: [{ line: e.line, message: `invalid CSV: ${e.message}` }] };
    throw e;
  }
  const errors: InterchangeError[] = [];
  const rows = records.filter((r) => !isBlank(r));
  const header = rows[0];
  if (!header) {
    return { ok: false, errors: [{ line: 1, message: `empty CSV: expected a header row (${APPLICATION_CSV_COLUMNS.join(',')})` }] };
  }

  // Application header.
  const columnIndex = new Map<AppColumn, number>();
  header.cells.forEach((cell, i) => {
    const name = cellValue(cell);
    const col = APPLICATION_CSV_COLUMNS.find((c) => c.toLowerCase() === name.toLowerCase());
    if (!col)
      errors.push({ line: header.line, message: `unknown column "${name}"; expected the columns ${APPLICATION_CSV_COLUMNS.join(',')}` });
    else if (columnIndex.has(col)) errors.push({ line: header.line, message: `column "${col}" appears twice` });
    else columnIndex.set(col, i);
  });
  const missing = REQUIRED_APP_COLUMNS.filter((c) => !columnIndex.has(c));
  if (missing.length > 0) {
    errors.push({
      line: header.line,
      message: `missing ${missing.length === 1 ? 'column' : 'columns'} ${missing.join(', ')} in the header row; expected the columns ${APPLICATION_CSV_COLUMNS.join(',')}`,
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const origins: CsvOrigins = { applications: [], groups: [], policy: new Map() };
  const applications: Record<string, unknown>[] = [];
  const groups: Record<string, unknown>[] = [];
  const groupLines = new Map<string, number>();
  let policy: Record<string, unknown> | undefined;
  let section: 'applications' | 'group' | 'policy' = 'applications';
  let groupCols = new Map<GroupColumn, number>();

  for (const row of rows.slice(1)) {
    const kind = headerKind(row.cells.map((c) => cellValue(c)));
    if (kind === 'group') {
      if (section !== 'applications' || groups.length > 0) {
        errors.push({ line: row.line, message: 'the group table may appear only once, after the applications' });
        continue;
      }
      section = 'group';
      groupCols = new Map();
      row.cells.forEach((c, i) => {
        const col = GROUP_CSV_COLUMNS.find((g) => g.toLowerCase() === norm(cellValue(c)));
        if (col) groupCols.set(col, i);
      });
      continue;
    }
    if (kind === 'policy') {
      if (policy) {
        errors.push({ line: row.line, message: 'the policy table may appear only once' });
        continue;
      }
      section = 'policy';
      policy = {};
      origins.policyHeader = row.line;
      continue;
    }

    if (section === 'applications') {
      if (row.cells.length > header.cells.length) {
        errors.push({ line: row.line, message: `${row.cells.length} cells but the header has ${header.cells.length} columns` });
        continue;
      }
      const get = (col: AppColumn) => {
        const i = columnIndex.get(col);
        return i === undefined ? '' : cellValue(row.cells[i]);
      };
      const app: Record<string, unknown> = {
        name: get('name'),
        integration: get('integration'),
        dataClasses: splitList(get('dataClasses')),
        mfaMandate: get('mfaMandate'),
        criticality: get('criticality'),
        configuredFailmode: get('configuredFailmode'),
        groups: splitList(get('groups')),
      };
      const owner = get('owner');
      if (owner !== '') app.owner = owner;
      const notes = get('notes');
      if (notes !== '') app.notes = notes;
      const onCallContact = get('onCallContact');
      if (onCallContact !== '') app.onCallContact = onCallContact;
      const escalation = get('escalation');
      if (escalation !== '') app.escalation = escalation;
      applications.push(app);
      origins.applications.push({ line: row.line });
      continue;
    }

    if (section === 'group') {
      const get = (col: GroupColumn) => {
        const i = groupCols.get(col);
        return i === undefined ? '' : cellValue(row.cells[i]);
      };
      const g: Record<string, unknown> = { name: get('group') };
      const always = parseBool(get('alwaysRequireMfa'));
      if (always === undefined) {
        errors.push({ line: row.line, message: `column "alwaysRequireMfa": expected true or false, got "${get('alwaysRequireMfa')}"` });
        continue;
      }
      g.alwaysRequireMfa = always;
      const mc = get('memberCount');
      if (mc !== '') {
        const n = parseWhole(mc);
        if (n === undefined) {
          errors.push({ line: row.line, message: `column "memberCount": expected a whole number, got "${mc}"` });
          continue;
        }
        g.memberCount = n;
      }
      const description = get('description');
      if (description !== '') g.description = description;
      groups.push(g);
      origins.groups.push({ line: row.line });
      groupLines.set(String(g.name).toLowerCase(), row.line);
      continue;
    }

    // policy rows
    const key = POLICY_KEYS.find((k) => k.toLowerCase() === norm(cellValue(row.cells[0])));
    const value = cellValue(row.cells[1]);
    if (!key) {
      errors.push({
        line: row.line,
        message: `unknown policy setting "${cellValue(row.cells[0])}"; expected one of ${POLICY_KEYS.join(', ')}`,
      });
      continue;
    }
    if (origins.policy.has(key)) {
      errors.push({ line: row.line, message: `policy setting "${key}" appears twice` });
      continue;
    }
    origins.policy.set(key, row.line);
    const parsed = parsePolicyValue(key, value);
    if ('error' in parsed) errors.push({ line: row.line, message: `policy setting "${key}": ${parsed.error}` });
    else policy![key] = parsed.value;
  }
  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };

  // Groups named by applications but not defined: created implicitly (alwaysRequireMfa false).
  applications.forEach((app, i) => {
    for (const name of app.groups as string[]) {
      const key = name.toLowerCase();
      if (!groupLines.has(key)) {
        groupLines.set(key, origins.applications[i]!.line);
        groups.push({ name, alwaysRequireMfa: false });
        origins.groups.push({ line: origins.applications[i]!.line, column: 'groups' });
      }
    }
  });

  const raw: Record<string, unknown> = { version: 1, groups, applications };
  if (policy) raw.policy = policy;
  const parsed = inventorySchema.safeParse(raw);
  if (parsed.success) return { ok: true, inventory: parsed.data };
  return { ok: false, errors: sortErrors(parsed.error.issues.map((i) => csvIssue(i, raw, origins))) };
}

function parsePolicyValue(key: PolicyKey, value: string): { value: unknown } | { error: string } {
  switch (key) {
    case 'mandatoryDataClasses':
      return { value: splitList(value) };
    case 'paidEdition': {
      const b = parseBool(value);
      return b === undefined || value === '' ? { error: `expected true or false, got "${value}"` } : { value: b };
    }
    case 'reviewIntervalDays': {
      const n = parseWhole(value);
      return n === undefined ? { error: `expected a whole number of days, got "${value}"` } : { value: n };
    }
    case 'defaultLanguage':
      return { value };
    case 'messagingThresholdMinutes': {
      const n = parseWhole(value);
      return n === undefined ? { error: `expected a whole number of minutes, got "${value}"` } : { value: n };
    }
  }
}

function csvIssue(issue: z.core.$ZodIssue, raw: unknown, origins: CsvOrigins): InterchangeError {
  const { path, message } = issueMessage(issue, raw);
  const p = formatJsonPath(path);
  const [top, index, field] = path;
  if (top === 'applications' && typeof index === 'number') {
    const line = origins.applications[index]?.line;
    const col = typeof field === 'string' ? `column "${field}": ` : '';
    return { ...(line !== undefined ? { line } : {}), path: p, message: `${col}${message}` };
  }
  if (top === 'groups' && typeof index === 'number') {
    const origin = origins.groups[index];
    const col = origin?.column
      ? `column "${origin.column}": `
      : field === 'name'
        ? 'column "group": '
        : typeof field === 'string'
          ? `column "${field}": `
          : '';
    return { ...(origin ? { line: origin.line } : {}), path: p, message: `${col}${message}` };
  }
  if (top === 'policy') {
    const line = typeof index === 'string' ? origins.policy.get(index) : origins.policyHeader;
    return { ...(line !== undefined ? { line } : {}), path: p, message: `policy: ${message}` };
  }
  return { path: p, message };
}

// ---------------------------------------------------------------------------------------------------
// Rendering

const POLICY_ORDER = POLICY_KEYS;

/** Stable, pretty JSON in the interchange format (fixed key order, absent fields omitted). */
export function renderInventoryJson(inv: Inventory): string {
  const out: Record<string, unknown> = { version: 1 };
  if (inv.policy) {
    const policy: Record<string, unknown> = {};
    for (const k of POLICY_ORDER) if (inv.policy[k] !== undefined) policy[k] = inv.policy[k];
    out.policy = policy;
  }
  out.groups = inv.groups.map((g) => ({
    name: g.name,
    alwaysRequireMfa: g.alwaysRequireMfa,
    ...(g.memberCount !== undefined ? { memberCount: g.memberCount } : {}),
    ...(g.description !== undefined ? { description: g.description } : {}),
  }));
  out.applications = inv.applications.map((a) => ({
    name: a.name,
    integration: a.integration,
    dataClasses: a.dataClasses,
    mfaMandate: a.mfaMandate,
    criticality: a.criticality,
    configuredFailmode: a.configuredFailmode,
    groups: a.groups,
    ...(a.owner !== undefined ? { owner: a.owner } : {}),
    ...(a.notes !== undefined ? { notes: a.notes } : {}),
    ...(a.onCallContact !== undefined ? { onCallContact: a.onCallContact } : {}),
    ...(a.escalation !== undefined ? { escalation: a.escalation } : {}),
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * CSV in the layout described at the top of this file, CRLF line ends, formula-injection guarded.
 * The group table is written whenever there are groups, the policy table whenever a policy is set.
 */
export function renderInventoryCsv(inv: Inventory): string {
  // The contact columns (issue 18) are written only when an application has a contact, so that an
  // inventory without them exports exactly as before.
  const contacts = inv.applications.some((a) => a.onCallContact !== undefined || a.escalation !== undefined);
  const columns = contacts ? APPLICATION_CSV_COLUMNS : APPLICATION_CSV_COLUMNS.filter((c) => c !== 'onCallContact' && c !== 'escalation');
  const lines: string[] = [renderCsvRow(columns)];
  for (const a of inv.applications) {
    lines.push(
      renderCsvRow([
        a.name,
        a.integration,
        a.dataClasses.join(';'),
        a.mfaMandate,
        a.criticality,
        a.configuredFailmode,
        a.groups.join(';'),
        a.owner ?? '',
        a.notes ?? '',
        ...(contacts ? [a.onCallContact ?? '', a.escalation ?? ''] : []),
      ]),
    );
  }
  if (inv.groups.length > 0) {
    lines.push('', renderCsvRow(GROUP_CSV_COLUMNS));
    for (const g of inv.groups) {
      lines.push(
        renderCsvRow([g.name, String(g.alwaysRequireMfa), g.memberCount === undefined ? '' : String(g.memberCount), g.description ?? '']),
      );
    }
  }
  if (inv.policy) {
    const policy = inv.policy;
    lines.push('', renderCsvRow(POLICY_CSV_COLUMNS));
    for (const k of POLICY_ORDER) {
      const v = policy[k];
      if (v !== undefined) lines.push(renderCsvRow([k, Array.isArray(v) ? v.join(';') : String(v)]));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
