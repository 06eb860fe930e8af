import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Outage Readiness Planner', template: '%s · Outage Readiness Planner' },
  description: 'Plan fail-safe / fail-secure choices and DR runbooks for the day Duo is down.',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
