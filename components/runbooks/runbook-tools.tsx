'use client';
import { copyText } from '@/components/ui/copy';
import { useEffect } from 'react';

/**
 * Copy buttons of the end-user messages: the page renders a `button[data-copy-button]` inside every
 * `[data-copy-target]` (see withCopyButtons); one delegated listener copies the message text.
 */
export function CopyButtons({ copied = 'Copied' }: { copied?: string }) {
  useEffect(() => {
    async function onClick(e: MouseEvent) {
      const b = (e.target as HTMLElement | null)?.closest<HTMLButtonElement>('button[data-copy-button]');
      if (!b) return;
      const el = b.closest<HTMLElement>('[data-copy-target]');
      if (!el) return;
      const text = el.dataset.copyText ?? el.innerText;
      await copyText(text);
      const label = b.textContent;
      b.textContent = copied;
      setTimeout(() => (b.textContent = label), 2000);
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [copied]);
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
