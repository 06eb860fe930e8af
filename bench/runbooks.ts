// Runbook metrics on the demo data (issue 12 targets), in-process with the system Chromium: A4 pages of
// each runbook's PDF, its words and its 12+-word sentences repeated more than twice (Markdown prose,
// lib/runbook/metrics.ts), and the PDF binder's pages per application. Both languages.
import { assessInventory } from '../lib/domain/assess';
import { buildRunbooks } from '../lib/domain/runbook/model';
import { DEFAULT_POLICY, type Lang } from '../lib/domain/types';
import { renderBinderPdf } from '../lib/runbook/binder-pdf';
import { RUNBOOK_TARGETS, runbookTextMetrics } from '../lib/runbook/metrics';
import { closePdfBrowser, htmlToPdf } from '../lib/runbook/pdf';
import { pdfPageCount } from '../lib/runbook/pdf-pages';
import { renderRunbookHtml } from '../lib/runbook/render-html';
import { renderRunbookMarkdown } from '../lib/runbook/render-md';
import { DEMO_INVENTORY } from '../lib/server/demo-data';

export interface RunbookMetric {
  lang: Lang;
  name: string;
  integration: string;
  pages: number;
  words: number;
  repeatedSentences: number;
  worst: string | null;
  pass: boolean;
}

export interface RunbookBenchResult {
  runbooks: RunbookMetric[];
  binders: { lang: Lang; applications: number; pages: number; pagesPerApp: number; ms: number; pass: boolean }[];
  targets: typeof RUNBOOK_TARGETS;
}

export async function benchRunbooks(log: (m: string) => void = () => {}): Promise<RunbookBenchResult> {
  const policy = DEFAULT_POLICY;
  const assessed = assessInventory(DEMO_INVENTORY, policy);
  const runbooks: RunbookMetric[] = [];
  const binders: RunbookBenchResult['binders'] = [];
  try {
    for (const lang of ['en', 'de'] as const) {
      const rbs = buildRunbooks({
        applications: DEMO_INVENTORY.applications,
        assessments: assessed.applications,
        policy,
        approvalOf: () => undefined,
        fingerprintOf: () => 'bench',
        generatedAt: new Date().toISOString(),
        lang,
      });
      for (const rb of rbs) {
        const pages = await pdfPageCount(await htmlToPdf(renderRunbookHtml(rb, { standalone: true })));
        const m = runbookTextMetrics(renderRunbookMarkdown(rb));
        const pass = pages <= RUNBOOK_TARGETS.maxPages && m.repeatedSentences <= RUNBOOK_TARGETS.maxRepeatedSentences;
        runbooks.push({
          lang,
          name: rb.application.name,
          integration: rb.application.integration,
          pages,
          words: m.words,
          repeatedSentences: m.repeatedSentences,
          worst: m.worst ? `${m.worst.count}× "${m.worst.sentence.slice(0, 80)}…"` : null,
          pass,
        });
        log(`runbook ${lang} ${rb.application.name}: ${pages} pages, ${m.words} words, ${m.repeatedSentences} repeated sentences`);
      }
      const t0 = Date.now();
      const { pdf } = await renderBinderPdf(rbs, { generatedAt: new Date().toISOString(), lang });
      const pages = await pdfPageCount(pdf);
      const pagesPerApp = Math.round((pages / rbs.length) * 10) / 10;
      binders.push({
        lang,
        applications: rbs.length,
        pages,
        pagesPerApp,
        ms: Date.now() - t0,
        pass: pagesPerApp <= RUNBOOK_TARGETS.maxBinderPagesPerApp,
      });
      log(`binder ${lang}: ${pages} pages for ${rbs.length} applications`);
    }
  } finally {
    await closePdfBrowser();
  }
  return { runbooks, binders, targets: RUNBOOK_TARGETS };
}
