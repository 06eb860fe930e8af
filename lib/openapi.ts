// The OpenAPI 3.1 document of /api/v1, generated from the same Zod schemas the routes use.
import { z } from 'zod';
import { applicationListQuerySchema, applicationPatchSchema, groupPatchSchema, groupWriteSchema, reviewDecisionSchema } from './validations/api';
import { applicationSchema } from './validations/inventory';
import { simulationRequestSchema } from './validations/simulation';
import {
  applicationItemSchema,
  assessOutputSchema,
  errorResponseSchema,
  groupItemSchema,
  pageOf,
} from './validations/responses';

const schemas = {
  Application: applicationSchema,
  ApplicationPatch: applicationPatchSchema,
  ApplicationItem: applicationItemSchema,
  ApplicationPage: pageOf(applicationItemSchema, 'ApplicationPage'),
  GroupWrite: groupWriteSchema,
  GroupPatch: groupPatchSchema,
  GroupItem: groupItemSchema,
  GroupPage: pageOf(groupItemSchema, 'GroupPage'),
  AssessOutput: assessOutputSchema,
  ReviewDecision: reviewDecisionSchema,
  SimulationRequest: simulationRequestSchema,
  Error: errorResponseSchema,
};

const INPUT_SCHEMAS = new Set(['Application', 'ApplicationPatch', 'GroupWrite', 'GroupPatch', 'ReviewDecision', 'SimulationRequest']);

/** JSON Schemas of every shape; definitions that Zod names by `.meta({id})` are hoisted into components. */
function components() {
  const out: Record<string, unknown> = {};
  const rewrite = (v: unknown): unknown =>
    JSON.parse(JSON.stringify(v).replaceAll('"#/$defs/', '"#/components/schemas/'));
  for (const [name, schema] of Object.entries(schemas)) {
    const js = z.toJSONSchema(schema, { io: INPUT_SCHEMAS.has(name) ? 'input' : 'output', unrepresentable: 'any' }) as Record<string, unknown>;
    const defs = (js.$defs ?? {}) as Record<string, unknown>;
    delete js.$schema;
    delete js.$defs;
    for (const [id, def] of Object.entries(defs)) if (!(id in out) || id === name) out[id] = rewrite(def);
    if (js.$ref !== `#/$defs/${name}`) out[name] = rewrite(js);
  }
  return out;
}

const ref = (name: keyof typeof schemas) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: keyof typeof schemas) => ({ content: { 'application/json': { schema: ref(name) } } });
const err = (description: string) => ({ description, ...json('Error') });
const common = {
  '401': err('No valid session or token'),
  '403': err('The role may not do this'),
};
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const langParam = { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['en', 'de'] } };

const q = (name: string, schema: Record<string, unknown>, description?: string) => ({ name, in: 'query', required: false, schema, ...(description ? { description } : {}) });
const str = { type: 'string' };
const runbookParams = [q('format', { type: 'string', enum: ['html', 'md', 'pdf'], default: 'html' }), langParam];
const file = (description: string, types: string[]) => ({ description, content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'string' } }])) });
const pdfBusy = { '429': err('PDF queue full for this user or instance (Retry-After)'), '503': err('PDF unavailable (Chromium missing or busy)') };

function listParams() {
  const shape = applicationListQuerySchema.shape;
  return Object.keys(shape).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } }));
}

export function buildOpenApi(serverUrl = '/') {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Outage Readiness Planner API',
      version: '1',
      description:
        'Inventory of Duo-protected applications, their outage-readiness assessment and runbooks. Authenticate with a session cookie or `Authorization: Bearer TOKEN` (npm run token:create). Errors are `{"error":{"code","message","issues"}}`.',
    },
    servers: [{ url: serverUrl }],
    components: {
      schemas: components(),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'orp_session' } },
    },
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      '/api/health': {
        get: { security: [], summary: 'Liveness: 200 once the database answers', responses: { '200': { description: 'ok' } } },
      },
      '/api/v1/applications': {
        get: {
          summary: 'List, search, filter and page applications',
          parameters: [...listParams(), langParam],
          responses: { '200': { description: 'A page', ...json('ApplicationPage') }, '400': err('Bad query'), ...common },
        },
        post: {
          summary: 'Create an application (admin, editor)',
          requestBody: { required: true, ...json('Application') },
          responses: { '201': { description: 'Created', ...json('ApplicationItem') }, '400': err('Invalid'), '409': err('Name taken'), ...common },
        },
      },
      '/api/v1/applications/{id}': {
        parameters: [idParam],
        get: { summary: 'One application', parameters: [langParam], responses: { '200': { description: 'ok', ...json('ApplicationItem') }, '404': err('Not found'), ...common } },
        patch: {
          summary: 'Change fields; send the version you read (409 when stale)',
          requestBody: { required: true, ...json('ApplicationPatch') },
          responses: { '200': { description: 'Updated', ...json('ApplicationItem') }, '400': err('Invalid'), '404': err('Not found'), '409': err('Stale version'), ...common },
        },
        delete: {
          summary: 'Delete; `?version=N` guards against stale deletes',
          parameters: [{ name: 'version', in: 'query', required: false, schema: { type: 'integer' } }],
          responses: { '204': { description: 'Deleted' }, '404': err('Not found'), '409': err('Stale version'), ...common },
        },
      },
      '/api/v1/applications/{id}/reviews': {
        parameters: [idParam],
        post: {
          summary:
            'Decide on the failmode choice (admin, reviewer): "approve", "reject", or — while a critical finding is open — "accept-risk" with an `expiresAt` within the policy maximum. Nobody approves or accepts a state that includes their own edit since the last decision by someone else (403).',
          requestBody: { required: true, ...json('ReviewDecision') },
          responses: {
            '201': { description: 'Recorded' },
            '400': err('Invalid (e.g. expiresAt past the policy maximum)'),
            '404': err('Not found'),
            '409': err('CRITICAL_FINDING_OPEN: approve is refused while a critical finding is open; NO_CRITICAL_FINDING: accept-risk without one'),
            ...common,
          },
        },
      },
      '/api/v1/tokens': {
        get: { summary: 'Your API tokens (admins: everyone’s), with creation, last use, expiry and state; never the secret', responses: { '200': { description: 'ok' }, ...common } },
      },
      '/api/v1/tokens/{id}': {
        parameters: [idParam],
        delete: { summary: 'Revoke a token (its owner or an admin); it answers 401 from then on', responses: { '204': { description: 'Revoked' }, '404': err('Not found'), ...common } },
      },
      '/api/v1/groups': {
        get: { summary: 'List groups', responses: { '200': { description: 'A page', ...json('GroupPage') }, ...common } },
        post: {
          summary: 'Create a group, optionally with the applications it can reach',
          requestBody: { required: true, ...json('GroupWrite') },
          responses: { '201': { description: 'Created', ...json('GroupItem') }, '400': err('Invalid'), '409': err('Name taken'), ...common },
        },
      },
      '/api/v1/groups/{id}': {
        parameters: [idParam],
        get: { summary: 'One group', responses: { '200': { description: 'ok', ...json('GroupItem') }, '404': err('Not found'), ...common } },
        patch: {
          summary: 'Change a group or its access; send the version you read',
          requestBody: { required: true, ...json('GroupPatch') },
          responses: { '200': { description: 'Updated', ...json('GroupItem') }, '400': err('Invalid'), '409': err('Stale version'), ...common },
        },
        delete: { summary: 'Delete a group', responses: { '204': { description: 'Deleted' }, '404': err('Not found'), ...common } },
      },
      '/api/v1/applications/{id}/runbook': {
        parameters: [idParam],
        get: {
          summary: 'The runbook of one application as HTML, Markdown or PDF',
          parameters: runbookParams,
          responses: { '200': file('The runbook', ['text/html', 'text/markdown', 'application/pdf']), '400': err('Bad query'), '404': err('Not found'), ...pdfBusy, ...common },
        },
      },
      '/api/v1/runbooks': {
        get: {
          summary: 'The binder of all (or the filtered) runbooks as HTML, Markdown or PDF',
          parameters: [...runbookParams, q('level', str, 'Comma-separated restriction levels'), q('integration', str, 'Comma-separated integration slugs'), q('owner', str)],
          responses: { '200': file('The binder', ['text/html', 'text/markdown', 'application/pdf']), '400': err('Bad query'), ...pdfBusy, ...common },
        },
      },
      '/api/v1/simulations': {
        post: {
          summary: 'Simulate an outage scenario with emergency actions on the stored inventory',
          parameters: [langParam],
          requestBody: { required: true, ...json('SimulationRequest') },
          responses: { '200': { description: 'Outcomes per application and group, findings', content: { 'application/json': { schema: { type: 'object' } } } }, '400': err('Invalid request'), ...common },
        },
      },
      '/api/v1/import': {
        post: {
          summary: 'Import one file (any importer format); dryRun=true answers the interchange JSON it would import',
          parameters: [q('dryRun', { type: 'string', enum: ['true', 'false'] }), q('format', str), q('filename', str)],
          requestBody: { required: true, content: { 'text/plain': { schema: { type: 'string' } }, 'application/octet-stream': { schema: { type: 'string' } } } },
          responses: {
            '200': { description: 'Applied ({created, updated, unchanged}) or, with dryRun, the inventory', content: { 'application/json': { schema: { type: 'object' } } } },
            '400': err('Unreadable file (names file and line)'),
            '413': err('Too large'),
            ...common,
          },
        },
      },
      '/api/v1/export': {
        get: {
          summary: 'The inventory as interchange JSON or CSV',
          parameters: [q('format', { type: 'string', enum: ['json', 'csv'], default: 'json' })],
          responses: { '200': file('The inventory file', ['application/json', 'text/csv']), '400': err('Bad format'), ...common },
        },
      },
      '/api/v1/audit': {
        get: {
          summary: 'The audit log, newest first (admins)',
          parameters: [q('entity', str), q('entityId', str), q('actor', str), q('action', str), q('limit', { type: 'integer', minimum: 1, maximum: 1000 }), q('cursor', { type: 'integer' }), q('format', { type: 'string', enum: ['json', 'csv'] })],
          responses: { '200': { description: 'A page, or CSV', content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } } }, '400': err('Bad query'), ...common },
        },
      },
      '/api/v1/openapi.json': {
        get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }, ...common } },
      },
      '/api/v1/assessments': {
        get: { summary: 'The `assess` output for the stored inventory', parameters: [langParam], responses: { '200': { description: 'ok', ...json('AssessOutput') }, ...common } },
      },
    },
  };
}
