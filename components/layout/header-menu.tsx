'use client';
import { useRef, useState } from 'react';
import { cn } from '@/components/ui/cn';

/**
 * Below the `lg` breakpoint the header shows the logo and a menu button; the navigation, language
 * switch and account links stay hidden until the button opens them (issue 18 item 7). From `lg` up
 * the panel is `display: contents`, so its children sit in the header row exactly as before.
 * Following a link, submitting a form in the panel or Escape closes it.
 */
export function HeaderMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        data-nav-toggle
        aria-expanded={open}
        aria-controls="app-nav-panel"
        onClick={() => setOpen((o) => !o)}
        className="ml-auto inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 lg:hidden"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="2">
          {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 5h14M3 10h14M3 15h14" />}
        </svg>
        {label}
      </button>
      <div
        id="app-nav-panel"
        data-nav-panel
        className={cn(open ? 'flex' : 'hidden', 'w-full flex-col gap-3 pb-1 lg:contents')}
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('a')) setOpen(false);
        }}
        onSubmit={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            setOpen(false);
            button.current?.focus();
          }
        }}
      >
        {children}
      </div>
    </>
  );
}
