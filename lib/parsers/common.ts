// Shared shapes and helpers of the artefact importers (docs/decisions/0030-importers.md).
// Pure: no fs, no framework. Every parser returns a result object and never throws.
import { createHash } from 'node:crypto';

/**
 * A one-way fingerprint of a Duo integration key (ikey): SHA-256 hex, first 32 characters. It lets a
 * re-import (or the Admin API and an authproxy.cfg) find the same application; the key itself is
 * never kept. Null for an empty or templated value.
 */
export function ikeyFingerprint(ikey: string | null | undefined): string | null {
  const v = (ikey ?? '').trim();
  if (v === '' || /[{}$%<>]/.test(v)) return null;
  return createHash('sha256').update(`duo-ikey:${v}`).digest('hex').slice(0, 32);
}

/** Where an input is wrong and what was expected. Never carries a secret value. */
export interface SourceError {
  file: string;
  /** 1-based line; absent only when the problem has no line (e.g. an empty file list). */
  line?: number;
  column?: number;
  /** JSON path, for JSON inputs. */
  path?: string;
  message: string;
  /** FORMAT_UNKNOWN: nothing tells the format; each front end says how to choose one (CLI flag, UI select). */
  code?: 'FORMAT_UNKNOWN';
}

/**
 * Something worth telling the user that does not stop the import. `critical`: the artefact as
 * written lets logins through without 2FA (or locks everyone out) outside any outage.
 */
export interface SourceWarning extends SourceError {
  severity?: 'critical' | 'warning';
}

export interface ParseFailure {
  ok: false;
  errors: SourceError[];
}

export const IMPORT_FORMATS = ['inventory', 'authproxy', 'duo-unix', 'duo-admin-api'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A line of the input: 1-based number and text without its line end. */
export interface NumberedLine {
  line: number;
  text: string;
}

/**
 * Splits text into lines the way the tools that read these files do: a UTF-8 BOM is dropped,
 * CRLF, LF and a lone CR end a line, and a final line end does not start another line.
 */
export function splitLines(input: string): NumberedLine[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text === '') return [];
  const parts = text.split(/\r\n|\n|\r/);
  if (parts[parts.length - 1] === '') parts.pop();
  return parts.map((t, i) => ({ line: i + 1, text: t }));
}

/** `/etc/duoauthproxy/authproxy01.cfg` → `authproxy01` (directory and last extension removed). */
export function fileBaseName(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem === '' ? base : stem;
}

/**
 * A non-secret value quoted for an error message: control characters made visible, cut at `max`.
 * Only ever called with values that are not secrets (failmode, type, section and key names).
 */
export function quoteValue(value: string, max = 60): string {
  const visible = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return JSON.stringify(visible.length > max ? `${visible.slice(0, max - 1)}…` : visible);
}

/** Sorts errors by file order (stable), then line. */
export function sortByLine<T extends { line?: number }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.line ?? Infinity) - (b.item.line ?? Infinity) || a.i - b.i)
    .map((x) => x.item);
}

/** Formats `FILE:LINE: message` (line left out when unknown) for stderr. */
export function formatSourceMessage(e: SourceError, prefix = ''): string {
  const where = e.line !== undefined ? `${e.file}:${e.line}` : e.file;
  const path = e.path !== undefined && e.path !== '' ? ` at ${e.path}:` : '';
  return `${where}:${path} ${prefix}${e.message}`;
}
