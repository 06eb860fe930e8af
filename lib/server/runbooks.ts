import 'server-only';
import { createHash } from 'node:crypto';
import { buildRunbook, type Runbook, type RunbookInput } from '../domain/runbook';
import { formatTimestamp } from '../domain/runbook/i18n';
import type { Lang } from '../domain/types';
import { renderRunbookHtml, renderRunbookMarkdown } from '../runbook';
import { renderBinderHtmlChunks } from '../runbook/render-html';
import { renderBinderMarkdownChunks } from '../runbook/render-md';
import { renderBinderPdf } from '../runbook/binder-pdf';
import { ChromiumNotFoundError, htmlToPdf } from '../runbook/pdf';
import { byteBoundedPerOwner, type OwnedCache } from './caches';
import { AppError } from './errors';
import { parseOrThrow } from './inventory/shared';
import { pdfQueue } from './pdf-queue';
import { getInventorySnapshot, reviewStatusOf, type InventorySnapshot } from './inventory/snapshot';
import { assertCan, type Actor } from './permissions';
import { loadEnv } from '../env';
import { binderQuerySchema, runbookQuerySchema, type RunbookFormat } from '../validations/runbook';

export type { RunbookFormat };

const short = (fp: string) => fp.slice(0, 16);

function approvalOf(snap: InventorySnapshot, appId: string, now: Date) {
  const s = reviewStatusOf(snap, appId, now);
  return { state: s.state, reviewer: s.reviewer, decidedAt: s.decidedAt, expiresAt: s.expiresAt, reason: s.reason };
}

function inventoryView(snap: InventorySnapshot) {
  return { applications: snap.apps, assessments: snap.apps.map((a) => snap.assessmentById.get(a.id)!) };
}

/** What buildRunbook reads for one application of the snapshot (incident mode reads the first-response card from it). */
export function runbookInputOf(
  snap: InventorySnapshot,
  id: string,
  lang: Lang | undefined,
  now: Date,
  approval = approvalOf(snap, id, now),
): RunbookInput {
  const app = snap.appById.get(id);
  if (!app) throw new AppError('NOT_FOUND', 'No application with this id.');
  return {
    application: app,
    assessment: snap.assessmentById.get(id)!,
    inventory: inventoryView(snap),
    policy: snap.policy,
    approval,
    generatedAt: now.toISOString(),
    fingerprint: short(snap.reviewById.get(id)!.fingerprint),
    lang: lang ?? snap.policy.defaultLanguage,
  };
}

function runbookOf(snap: InventorySnapshot, id: string, lang: Lang | undefined, now: Date, approval = approvalOf(snap, id, now)): Runbook {
  return buildRunbook(runbookInputOf(snap, id, lang, now, approval));
}

/** The runbook of one application, in `lang` (default: the policy's runbook language). */
export async function getRunbook({
  actor,
  id,
  lang,
  now = new Date(),
}: {
  actor: Actor | null;
  id: string;
  lang?: Lang;
  now?: Date;
}): Promise<Runbook> {
  assertCan(actor, 'inventory:read');
  return runbookOf(await getInventorySnapshot(), id, lang, now);
}

/**
 * One application's runbook as a file. HTML and Markdown come from a cache of rendered runbooks: a
 * runbook only changes with the inventory (the snapshot, replaced on every write and on restore),
 * its review state (which also moves with the clock: expiry) and the generation time, which is
 * spliced in per request. PDFs are printed per request (docs/decisions/0060-performance.md).
 */
export async function getRunbookFile({
  actor,
  id,
  lang,
  format,
  now = new Date(),
  signal,
}: {
  actor: Actor | null;
  id: string;
  lang?: Lang;
  format: RunbookFormat;
  now?: Date;
  /** The request's signal: a PDF stops waiting or printing when it aborts. */
  signal?: AbortSignal;
}): Promise<RenderedFile> {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  if (format === 'pdf') {
    const rb = runbookOf(snap, id, lang, now);
    return pdfQueue().run(actor!.id, 'runbook', signal, (sig) => renderRunbookFile(rb, format, sig));
  }
  if (!snap.appById.has(id)) return renderRunbookFile(runbookOf(snap, id, lang, now), format);
  const language = lang ?? snap.policy.defaultLanguage;
  const approval = approvalOf(snap, id, now);
  const key = `${id}|${language}|${format}|${approval.state}`;
  let entry = renderedRunbooks.get(snap, key);
  if (!entry) {
    const file = await renderRunbookFile(runbookOf(snap, id, language, SPLICE_AT, approval), format);
    const split = splitAtGenerationTime(file, formatTimestamp(SPLICE_AT.toISOString(), language));
    if (!split) return renderRunbookFile(runbookOf(snap, id, language, now, approval), format);
    renderedRunbooks.set(snap, key, split);
    entry = split;
  }
  const stamp = formatTimestamp(now.toISOString(), language);
  return { contentType: entry.contentType, filename: entry.filename, body: Buffer.concat([entry.head, Buffer.from(stamp), entry.tail]) };
}

// A moment no runbook shows otherwise; its formatted text marks where the generation time goes.
const SPLICE_AT = new Date(Date.UTC(1999, 11, 31, 23, 59));

interface CachedRunbook {
  contentType: string;
  filename: string;
  head: Buffer;
  tail: Buffer;
}

/** The rendered file cut where the generation time stands; null when that text is not there exactly once. */
function splitAtGenerationTime(file: RenderedFile, marker: string): CachedRunbook | null {
  const body = String(file.body);
  const at = body.indexOf(marker);
  if (at < 0 || body.indexOf(marker, at + 1) >= 0) return null; // e.g. an application named after that moment
  return {
    contentType: file.contentType,
    filename: file.filename,
    head: Buffer.from(body.slice(0, at)),
    tail: Buffer.from(body.slice(at + marker.length)),
  };
}

/** Rendered runbooks of the current snapshot only (a new snapshot starts empty), at most RUNBOOK_CACHE_MB (0 = off). */
const renderedRunbooks = ((g) =>
  (g.__orpRunbooks ??= byteBoundedPerOwner<InventorySnapshot, CachedRunbook>(
    loadEnv().RUNBOOK_CACHE_MB * 2 ** 20,
    (e) => e.head.length + e.tail.length,
  )))(globalThis as unknown as { __orpRunbooks?: OwnedCache<InventorySnapshot, CachedRunbook> });

export interface BinderFilterInput {
  level?: string[];
  integration?: string[];
  owner?: string;
}

/** The applications a binder filter keeps (the binder export and the runbooks page share it). */
export function binderApplications(snap: InventorySnapshot, filter: BinderFilterInput) {
  const owner = filter.owner?.toLowerCase();
  return snap.apps.filter((a) => {
    const x = snap.assessmentById.get(a.id)!;
    if (filter.level?.length && !filter.level.includes(x.restrictionLevel)) return false;
    if (filter.integration?.length && !filter.integration.includes(a.integration)) return false;
    if (owner && !(a.owner ?? '').toLowerCase().includes(owner)) return false;
    return true;
  });
}

/** Every (filtered) application's runbook, for the binder. */
export async function getBinder({
  actor,
  lang,
  filter = {},
  now = new Date(),
  maxRunbooks,
}: {
  actor: Actor | null;
  lang?: Lang;
  filter?: BinderFilterInput;
  now?: Date;
  maxRunbooks?: number;
}) {
  assertCan(actor, 'inventory:read');
  const snap = await getInventorySnapshot();
  const keep = binderApplications(snap, filter);
  if (maxRunbooks !== undefined && keep.length > maxRunbooks) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `This binder would hold ${keep.length} runbooks; a PDF binder holds at most ${maxRunbooks}. Narrow it by level, integration or owner, or take the HTML or Markdown binder.`,
      [{ path: 'format', message: `At most ${maxRunbooks} runbooks in a PDF` }],
    );
  }
  // Only the kept applications' runbooks are built (each one still reads the whole inventory for its
  // blast radius and bypass reach): building all of them and filtering afterwards made a filtered
  // binder cost as much as the full one (docs/decisions/0060-performance.md).
  const view = inventoryView(snap);
  const language = lang ?? snap.policy.defaultLanguage;
  const runbooks = keep.map((a) =>
    buildRunbook({
      application: a,
      assessment: snap.assessmentById.get(a.id)!,
      inventory: view,
      policy: snap.policy,
      approval: approvalOf(snap, a.id, now),
      generatedAt: now.toISOString(),
      fingerprint: short(snap.reviewById.get(a.id)!.fingerprint),
      lang: language,
    }),
  );
  const inventoryFingerprint = createHash('sha256')
    .update(snap.apps.map((a) => snap.reviewById.get(a.id)!.fingerprint).join(','))
    .digest('hex')
    .slice(0, 16);
  return { runbooks, inventoryFingerprint, lang: language, generatedAt: now.toISOString() };
}

/** A runbook file, or a binder file, whose HTML and Markdown are a stream (written runbook by runbook, never one string). */
export interface StreamedFile extends Omit<RenderedFile, 'body'> {
  body: string | Buffer | ReadableStream<Uint8Array>;
}

export interface RenderedFile {
  body: string | Buffer;
  contentType: string;
  filename: string;
}

async function pdf(html: string, signal?: AbortSignal): Promise<Buffer> {
  return pdfOf(() => htmlToPdf(html, { signal }));
}

async function pdfOf(print: () => Promise<Buffer>): Promise<Buffer> {
  try {
    return await print();
  } catch (e) {
    if (e instanceof ChromiumNotFoundError) {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        `PDF export needs Chromium, which is not installed at ${e.executablePath}: install Debian's chromium or set CHROMIUM_PATH. HTML and Markdown exports work without it.`,
      );
    }
    throw e;
  }
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'runbook';

export async function renderRunbookFile(rb: Runbook, format: RunbookFormat, signal?: AbortSignal): Promise<RenderedFile> {
  const base = `runbook-${slug(rb.application.name)}-${rb.lang}`;
  if (format === 'md') return { body: renderRunbookMarkdown(rb), contentType: 'text/markdown; charset=utf-8', filename: `${base}.md` };
  const html = renderRunbookHtml(rb, { standalone: true });
  if (format === 'html') return { body: html, contentType: 'text/html; charset=utf-8', filename: `${base}.html` };
  return { body: await pdf(html, signal), contentType: 'application/pdf', filename: `${base}.pdf` };
}

/** Pieces of text as a byte stream, produced as the client reads (stops when it goes away). */
function streamOf(chunks: Iterable<string>): ReadableStream<Uint8Array> {
  const it = chunks[Symbol.iterator]();
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = it.next();
        if (next.done) controller.close();
        else controller.enqueue(enc.encode(next.value));
      },
      cancel() {
        it.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

/** PDF binders are printed page by page by Chromium: past this many runbooks ask for a filter. */
export const MAX_PDF_BINDER_RUNBOOKS = 150;

export async function renderBinderFile(
  b: Awaited<ReturnType<typeof getBinder>>,
  format: RunbookFormat,
  ctx: { actor?: Actor | null; signal?: AbortSignal } = {},
): Promise<StreamedFile> {
  try {
    if (format === 'pdf')
      return await pdfQueue().run(ctx.actor?.id ?? 'anonymous', 'binder', ctx.signal, (sig) => renderBinder(b, format, sig));
    return await renderBinder(b, format);
  } catch (e) {
    if (e instanceof RangeError) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `The binder of ${b.runbooks.length} runbooks is too large to produce in one file. Narrow it by level, integration or owner.`,
      );
    }
    throw e;
  }
}

async function renderBinder(b: Awaited<ReturnType<typeof getBinder>>, format: RunbookFormat, signal?: AbortSignal): Promise<StreamedFile> {
  const opts = { generatedAt: b.generatedAt, lang: b.lang };
  const base = `dr-runbooks-${b.generatedAt.slice(0, 10)}-${b.lang}`;
  if (format === 'md')
    return {
      body: streamOf(renderBinderMarkdownChunks(b.runbooks, opts)),
      contentType: 'text/markdown; charset=utf-8',
      filename: `${base}.md`,
    };
  if (format === 'html')
    return {
      body: streamOf(renderBinderHtmlChunks(b.runbooks, { ...opts, standalone: true })),
      contentType: 'text/html; charset=utf-8',
      filename: `${base}.html`,
    };
  return {
    body: await pdfOf(() => renderBinderPdf(b.runbooks, opts, { signal }).then((r) => r.pdf)),
    contentType: 'application/pdf',
    filename: `${base}.pdf`,
  };
}

export function parseRunbookQuery(params: URLSearchParams) {
  return parseOrThrow(runbookQuerySchema, Object.fromEntries(params), 'query');
}
export function parseBinderQuery(params: URLSearchParams) {
  return parseOrThrow(binderQuerySchema, Object.fromEntries(params), 'query');
}
