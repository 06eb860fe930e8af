import { NextResponse } from 'next/server';
import { buildOpenApi } from '@/lib/openapi';
import { route } from '@/lib/server/http';

export const GET = route(async () => NextResponse.json(buildOpenApi()));
