/**
 * Adds a copy button (for CopyButtons) at the end of every message figure of a rendered runbook
 * fragment. The label is escaped; the fragment itself is the renderer's escaped HTML.
 */
export function withCopyButtons(fragmentHtml: string, label: string): string {
  const safe = label.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const button = `<button type="button" data-copy-button="1" class="no-print mt-2 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50">${safe}</button>`;
  let depth = 0;
  // Insert before the </figure> that closes each figure carrying data-copy-target.
  return fragmentHtml.replace(/<figure\b[^>]*>|<\/figure>/g, (tag) => {
    if (tag.startsWith('<figure')) {
      depth = tag.includes('data-copy-target') ? 1 : depth ? depth + 1 : 0;
      return tag;
    }
    if (depth === 1) {
      depth = 0;
      return `${button}${tag}`;
    }
    if (depth > 1) depth--;
    return tag;
  });
}
