// Reading and annotating the PDFs Chromium prints (pure: pdf-lib, no browser, no poppler).
// Chromium writes a named destination (catalog /Dests) for every element id that a same-document
// link (<a href="#id">) points to; the binder's contents link every runbook, so the destination of a
// runbook's id is the page it starts on. That gives the contents their page numbers (second pass)
// and the bookmarks (outline) their targets.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from 'pdf-lib';

async function load(pdf: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(pdf, { updateMetadata: false, ignoreEncryption: true });
}

/** Number of pages of a PDF. */
export async function pdfPageCount(pdf: Uint8Array): Promise<number> {
  return (await load(pdf)).getPageCount();
}

function destinations(doc: PDFDocument): Map<string, { ref: PDFRef; page: number; top: number }> {
  const out = new Map<string, { ref: PDFRef; page: number; top: number }>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return out;
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]));
  for (const [name, value] of dests.entries()) {
    const arr = doc.context.lookupMaybe(value, PDFArray);
    const ref = arr?.get(0);
    if (!(ref instanceof PDFRef)) continue;
    const page = pageIndex.get(ref.toString());
    if (page === undefined) continue;
    const top = arr?.get(3);
    out.set(name.decodeText(), { ref, page: page + 1, top: top instanceof PDFNumber ? top.asNumber() : 0 });
  }
  return out;
}

/** 1-based page of each given element id that has a named destination (ids without one are left out). */
export async function pagesOfIds(pdf: Uint8Array, ids: readonly string[]): Promise<Map<string, number>> {
  const all = destinations(await load(pdf));
  const out = new Map<string, number>();
  for (const id of ids) {
    const d = all.get(id);
    if (d) out.set(id, d.page);
  }
  return out;
}

export interface OutlineItem {
  title: string;
  /** Element id with a named destination (linked from the document). */
  id: string;
}

/**
 * Adds a flat outline (bookmarks) with one entry per item whose id has a destination, in the given
 * order, and opens the document with the bookmarks panel. Returns the rewritten PDF.
 */
export async function addOutline(pdf: Uint8Array, items: readonly OutlineItem[]): Promise<Uint8Array> {
  const doc = await load(pdf);
  const dests = destinations(doc);
  const present = items.filter((i) => dests.has(i.id));
  if (present.length === 0) return pdf;
  const ctx = doc.context;
  const outlinesRef = ctx.nextRef();
  const refs = present.map(() => ctx.nextRef());
  present.forEach((item, i) => {
    const d = dests.get(item.id)!;
    const entry: Record<string, unknown> = {
      Title: PDFHexString.fromText(item.title),
      Parent: outlinesRef,
      Dest: ctx.obj([d.ref, PDFName.of('XYZ'), PDFNumber.of(0), PDFNumber.of(d.top), PDFNumber.of(0)]),
    };
    if (i > 0) entry.Prev = refs[i - 1];
    if (i < refs.length - 1) entry.Next = refs[i + 1];
    ctx.assign(refs[i]!, ctx.obj(entry as never));
  });
  ctx.assign(
    outlinesRef,
    ctx.obj({ Type: 'Outlines', First: refs[0], Last: refs[refs.length - 1], Count: PDFNumber.of(refs.length) } as never),
  );
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/** The outline's titles and 1-based pages, in order (for tests and the benchmark). */
export async function readOutline(pdf: Uint8Array): Promise<{ title: string; page: number }[]> {
  const doc = await load(pdf);
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (!outlines) return [];
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out: { title: string; page: number }[] = [];
  let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict);
  for (let guard = 0; item && guard < 100_000; guard++) {
    const title = item.lookup(PDFName.of('Title'));
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
    const ref = dest?.get(0);
    out.push({
      title: title instanceof PDFHexString ? title.decodeText() : String(title),
      page: ref instanceof PDFRef ? (pageIndex.get(ref.toString()) ?? 0) : 0,
    });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return out;
}
