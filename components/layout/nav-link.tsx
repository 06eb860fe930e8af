'use client';
import Link from '@/components/ui/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const path = usePathname();
  const active = path === href || path.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      className={cn(
        'rounded-md px-2.5 py-1.5 text-sm font-medium no-underline hover:no-underline',
        active ? 'bg-brand-50 text-brand-800' : 'text-slate-700 hover:bg-slate-100',
      )}
    >
      {children}
    </Link>
  );
}
