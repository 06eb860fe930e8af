// The PDF binder: printed twice so that the contents show the page each runbook starts on (read from
// the first print's named destinations), then one bookmark (outline entry) per application. Server-side
// only (Chromium through ./pdf).
import type { Runbook } from '../domain/runbook/types';
import { applyBinderFilter } from './binder';
import { addOutline } from './pdf-pages';
import { htmlToPdfWithPageNumbers, type PdfOptions } from './pdf';
import { renderBinderHtml, type BinderHtmlOptions } from './render-html';

export async function renderBinderPdf(
  rbs: readonly Runbook[],
  opts: Omit<BinderHtmlOptions, 'pages' | 'standalone'>,
  pdfOpts?: PdfOptions,
): Promise<{ pdf: Buffer; pages: Map<string, number> }> {
  const selected = applyBinderFilter(rbs, opts.filter);
  const ids = selected.map((rb) => rb.id);
  const { pdf, pages } = await htmlToPdfWithPageNumbers(
    (p) => renderBinderHtml(selected, { ...opts, filter: undefined, standalone: true, pages: p }),
    ids,
    pdfOpts,
  );
  const withOutline = await addOutline(
    pdf,
    selected.map((rb) => ({ title: rb.application.name, id: rb.id })),
  );
  return { pdf: Buffer.from(withOutline), pages };
}
