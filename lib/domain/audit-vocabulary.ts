// The audit log's vocabulary (issue 18 item 5): every entity and action that lib/server writes, so the
// audit page offers them as choices with a label (messages: audit.entities.*, audit.actions.* with
// "." written as "_"). tests/unit/audit/vocabulary.test.ts fails when a new action or entity is
// written without being listed here (and labelled in both languages).

export const AUDIT_ENTITIES = ['application', 'group', 'user', 'drill', 'incident', 'policy', 'inventory', 'duo-connection'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  'application.create',
  'application.update',
  'application.delete',
  'group.create',
  'group.update',
  'group.delete',
  'review.approve',
  'review.reject',
  'review.accept-risk',
  'import',
  'demo.seed',
  'drill.create',
  'drill.update',
  'drill.delete',
  'followup.update',
  'incident.declare',
  'incident.item',
  'incident.message',
  'incident.action',
  'incident.close',
  'incident.close.refused',
  'policy.update',
  'create',
  'update',
  'delete',
  'login',
  'login.failed',
  'logout',
  'user.create',
  'user.update',
  'user.locale',
  'password.change',
  'password.reset',
  'token.create',
  'token.revoke',
  'token.revoke-all',
  'session.revoke-all',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (s: string): s is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(s);
export const isAuditEntity = (s: string): s is AuditEntity => (AUDIT_ENTITIES as readonly string[]).includes(s);

/** The message key of a code (next-intl keys cannot contain "."). */
export const auditMessageKey = (code: string) => code.replaceAll('.', '_');
