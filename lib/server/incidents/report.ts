import 'server-only';
import { exposure, type ExposureRow } from '../../domain/incident';
import { simulate } from '../../domain/simulator';
import type { Lang } from '../../domain/types';
import { renderIncidentHtml, renderIncidentMarkdown } from '../../incident/report';
import { ChromiumNotFoundError, htmlToPdf } from '../../runbook/pdf';
import { incidentReportQuerySchema } from '../../validations/incident';
import { getDb } from '../db/client';
import { AppError } from '../errors';
import { parseOrThrow } from '../inventory/shared';
import { getInventorySnapshot, type InventorySnapshot } from '../inventory/snapshot';
import { pdfQueue } from '../pdf-queue';
import { assertCan, type Actor } from '../permissions';
import type { RenderedFile } from '../runbooks';
import { loadIncidentRow, toIncidentView, type IncidentView } from './shared';

export function parseIncidentReportQuery(params: URLSearchParams) {
  return parseOrThrow(incidentReportQuerySchema, Object.fromEntries(params), 'query');
}

/** Who was let in without 2FA and for how long: the scenario's fail-safe rows, and what each action opened until its revert. */
export function incidentExposure(view: IncidentView, snap: InventorySnapshot, now: Date): ExposureRow[] {
  const ids = new Set(view.applications.map((a) => a.id));
  const apps = snap.apps.filter((a) => ids.has(a.id));
  const scenarioRows = simulate({
    applications: apps,
    groups: snap.groups,
    policy: snap.policy,
    request: { scenario: view.scenario, actions: [] },
  }).results;
  const revertedAt = new Map(
    view.items.filter((i) => i.kind === 'revert' && i.done && i.actionId && i.doneAt).map((i) => [i.actionId!, new Date(i.doneAt!)]),
  );
  return exposure({
    startedAt: new Date(view.startedAt),
    closedAt: view.closedAt ? new Date(view.closedAt) : null,
    now,
    scenarioRows,
    actions: view.actions.map((a) => ({
      id: a.id,
      type: a.type,
      takenAt: new Date(a.takenAt),
      expiresAt: a.expiresAt ? new Date(a.expiresAt) : null,
      opened: a.opened,
      revertedAt: revertedAt.get(a.id) ?? null,
    })),
  });
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 50) || 'incident';

/** The post-incident report as a file (Markdown, HTML, PDF; en/de). Every role may read it. */
export async function getIncidentReport({
  actor,
  id,
  format,
  lang,
  now = new Date(),
  signal,
}: {
  actor: Actor | null;
  id: string;
  format: 'md' | 'html' | 'pdf';
  lang?: Lang;
  now?: Date;
  signal?: AbortSignal;
}): Promise<RenderedFile> {
  assertCan(actor, 'inventory:read');
  const db = await getDb();
  const [row, snap] = await Promise.all([loadIncidentRow(db, id), getInventorySnapshot()]);
  const language = lang ?? snap.policy.defaultLanguage;
  const view = toIncidentView(row, snap, language, now);
  const exp = incidentExposure(view, snap, now);
  const base = `incident-report-${view.startedAt.slice(0, 10)}-${slug(view.title)}-${language}`;
  if (format === 'md')
    return {
      body: renderIncidentMarkdown(view, exp, language, now.toISOString()),
      contentType: 'text/markdown; charset=utf-8',
      filename: `${base}.md`,
    };
  const html = renderIncidentHtml(view, exp, language, now.toISOString());
  if (format === 'html') return { body: html, contentType: 'text/html; charset=utf-8', filename: `${base}.html` };
  const pdf = await pdfQueue().run(actor.id, 'runbook', signal, async (sig) => {
    try {
      return await htmlToPdf(html, { signal: sig });
    } catch (e) {
      if (e instanceof ChromiumNotFoundError) {
        throw new AppError(
          'SERVICE_UNAVAILABLE',
          `PDF export needs Chromium, which is not installed at ${e.executablePath}: install Debian's chromium or set CHROMIUM_PATH. HTML and Markdown reports work without it.`,
        );
      }
      throw e;
    }
  });
  return { body: pdf, contentType: 'application/pdf', filename: `${base}.pdf` };
}
