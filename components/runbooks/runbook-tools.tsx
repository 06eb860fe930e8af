'use client';
import { useEffect } from 'react';

/** Adds a "Copy" button to every end-user message of the runbook(s) on the page, and a print button. */
export function CopyButtons({ label = 'Copy message', copied = 'Copied' }: { label?: string; copied?: string }) {
  useEffect(() => {
    const added: HTMLButtonElement[] = [];
    document.querySelectorAll<HTMLElement>('[data-copy-target]').forEach((el) => {
      if (el.querySelector(':scope > button[data-copy-button]')) return;
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.copyButton = '1';
      b.textContent = label;
      b.className = 'no-print mt-2 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-800 hover:bg-slate-50';
      b.addEventListener('click', async () => {
        const text = el.dataset.copyText ?? el.innerText;
        try {
          await navigator.clipboard.writeText(text);
        } catch {
          const ta = document.createElement('textarea');
          ta.value = text;
          document.body.appendChild(ta);
          ta.select();
          document.execCommand('copy');
          ta.remove();
        }
        b.textContent = copied;
        setTimeout(() => (b.textContent = label), 2000);
      });
      el.appendChild(b);
      added.push(b);
    });
    return () => added.forEach((b) => b.remove());
  }, [label, copied]);
  return null;
}

export function PrintButton({ label = 'Print' }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3.5 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
