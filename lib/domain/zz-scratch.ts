import { CATALOG } from './catalog';
import { NextResponse } from 'next/server';
export const probe = NextResponse;
export const unusedProbe = 1
const x = CATALOG;
