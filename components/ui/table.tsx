import type { ReactNode } from 'react';
import { cn } from './cn';

/**
 * The app's list table: scrolls sideways inside its own box on small screens (never the page: the box
 * is `relative`, so the absolutely positioned screen-reader texts in the cells are clipped by it too),
 * focusable so the keyboard can scroll it; a caption for screen readers, a header row.
 */
export function DataTable({
  caption,
  head,
  children,
  bodyClassName,
}: {
  caption: ReactNode;
  head: ReactNode;
  children: ReactNode;
  bodyClassName?: string;
}) {
  const label = typeof caption === 'string' ? caption : undefined;
  return (
    <div
      data-table-scroll
      tabIndex={0}
      role={label ? 'region' : undefined}
      aria-label={label}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
    >
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          <tr>{head}</tr>
        </thead>
        <tbody className={cn('divide-y divide-slate-100', bodyClassName)}>{children}</tbody>
      </table>
    </div>
  );
}
