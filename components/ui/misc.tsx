import type { ReactNode } from 'react';
import { cn } from './cn';

export function Card({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={cn('rounded-lg border border-slate-200 bg-white shadow-xs', className)}>{children}</div>;
}

type Tone = 'neutral' | 'red' | 'amber' | 'green' | 'blue' | 'violet';
const TONES: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-800 ring-slate-300',
  red: 'bg-red-50 text-red-800 ring-red-300',
  amber: 'bg-amber-50 text-amber-900 ring-amber-300',
  green: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  blue: 'bg-brand-50 text-brand-800 ring-brand-100',
  violet: 'bg-violet-50 text-violet-800 ring-violet-300',
};

export function Badge({ tone = 'neutral', children, title }: { tone?: Tone; children: ReactNode; title?: string }) {
  return (
    <span
      title={title}
      className={cn(
        'inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset',
        TONES[tone],
      )}
    >
      {children}
    </span>
  );
}

export function Alert({
  tone = 'red',
  title,
  children,
}: {
  tone?: 'red' | 'amber' | 'green' | 'blue';
  title?: ReactNode;
  children?: ReactNode;
}) {
  const cls = {
    red: 'border-red-300 bg-red-50 text-red-900',
    amber: 'border-amber-300 bg-amber-50 text-amber-950',
    green: 'border-emerald-300 bg-emerald-50 text-emerald-900',
    blue: 'border-brand-100 bg-brand-50 text-brand-800',
  }[tone];
  return (
    <div role={tone === 'red' ? 'alert' : 'status'} className={cn('rounded-md border px-4 py-3 text-sm', cls)}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? 'mt-1' : ''}>{children}</div> : null}
    </div>
  );
}

export function PageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
        {description ? <p className="mt-1 max-w-3xl text-sm text-slate-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2 no-print">{actions}</div> : null}
    </div>
  );
}
