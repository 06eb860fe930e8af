import type { ReactNode } from 'react';
import { cn } from './cn';

/** The app's list table: scrolls sideways on small screens, a caption for screen readers, a header row. */
export function DataTable({ caption, head, children, bodyClassName }: { caption: ReactNode; head: ReactNode; children: ReactNode; bodyClassName?: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
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
