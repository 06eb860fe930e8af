import type { ButtonHTMLAttributes } from 'react';
import Link from '@/components/ui/link';
import { cn } from './cn';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';
const VARIANTS: Record<Variant, string> = {
  primary: 'bg-brand-600 text-white hover:bg-brand-700 border-transparent',
  secondary: 'bg-white text-slate-800 hover:bg-slate-50 border-slate-300',
  danger: 'bg-red-700 text-white hover:bg-red-800 border-transparent',
  ghost: 'bg-transparent text-slate-700 hover:bg-slate-100 border-transparent',
};
const BASE =
  'inline-flex items-center justify-center gap-2 rounded-md border px-3.5 py-2 text-sm font-medium shadow-xs transition-colors disabled:cursor-not-allowed disabled:opacity-60 no-underline hover:no-underline';

export function Button({ variant = 'primary', className, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button className={cn(BASE, VARIANTS[variant], className)} {...rest} />;
}

export function ButtonLink({
  href,
  variant = 'primary',
  className,
  children,
}: {
  href: string;
  variant?: Variant;
  className?: string;
  children: React.ReactNode;
}) {
  // Files from the API (runbook PDF, HTML, Markdown) are plain links: not app pages to navigate to.
  if (href.startsWith('/api/')) {
    return (
      <a href={href} className={cn(BASE, VARIANTS[variant], className)}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} className={cn(BASE, VARIANTS[variant], className)}>
      {children}
    </Link>
  );
}
