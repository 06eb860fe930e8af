import { createSession, endSession } from '@/lib/server/auth/api-sessions';

// POST {"email","password"} → 201 and the session cookie (the same sign-in as the login form:
// throttled, 429 with Retry-After); DELETE ends the session of the cookie.
export const POST = createSession;
export const DELETE = endSession;
