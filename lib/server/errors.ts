// Typed application errors (after Documenso's AppError): the data layer throws them, the route
// handlers and server actions turn them into {"error":{"code","message","issues"}} with the status.
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  ALREADY_EXISTS: 409,
  CRITICAL_FINDING_OPEN: 409,
  NO_CRITICAL_FINDING: 409,
  REVERT_INCOMPLETE: 409,
  VALIDATION_FAILED: 400,
  INVALID_JSON: 400,
  BAD_REQUEST: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
  /** No Duo connection is configured (issue 19). */
  DUO_NOT_CONNECTED: 409,
  /** Duo's Admin API could not be reached or refused the request; the message says why (issue 19). */
  DUO_REQUEST_FAILED: 502,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldIssue {
  /** JSON path of the field, e.g. "groups.2" or "name". */
  path: string;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];
  /** For 429/503: how long to wait (the Retry-After header of route answers). */
  readonly retryAfterSeconds?: number;
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[], opts: { retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
    if (opts.retryAfterSeconds !== undefined) this.retryAfterSeconds = opts.retryAfterSeconds;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) } };
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
