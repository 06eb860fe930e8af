import { NextResponse } from 'next/server';
import { checkHealth } from '@/lib/server/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const ok = await checkHealth();
  return ok ? NextResponse.json({ status: 'ok' }) : NextResponse.json({ status: 'unavailable' }, { status: 503 });
}
