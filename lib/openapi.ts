// The OpenAPI 3.1 document of /api/v1, generated from the same Zod schemas the routes use.
import { z } from 'zod';
import {
  applicationListQuerySchema,
  applicationPatchSchema,
  GROUP_SORT_KEYS,
  groupPatchSchema,
  groupWriteSchema,
  reviewDecisionSchema,
} from './validations/api';
import { applicationSchema } from './validations/inventory';
import { simulationRequestSchema } from './validations/simulation';
import { applicationItemSchema, assessOutputSchema, errorResponseSchema, groupItemSchema, pageOf } from './validations/responses';
import {
  incidentActionSchema,
  incidentCloseSchema,
  incidentDeclareSchema,
  incidentItemPatchSchema,
  incidentItemResponseSchema,
  incidentMessageSchema,
  incidentResponseSchema,
} from './validations/incident';

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
  IncidentDeclare: incidentDeclareSchema,
  IncidentAction: incidentActionSchema,
  IncidentItemPatch: incidentItemPatchSchema,
  IncidentClose: incidentCloseSchema,
  IncidentMessageSent: incidentMessageSchema,
  Incident: incidentResponseSchema,
  IncidentItem: incidentItemResponseSchema,
};

const INPUT_SCHEMAS = new Set([
  'Application',
  'ApplicationPatch',
  'GroupWrite',
  'GroupPatch',
  'ReviewDecision',
  'SimulationRequest',
  'IncidentDeclare',
  'IncidentAction',
  'IncidentItemPatch',
  'IncidentClose',
  'IncidentMessageSent',
]);

/** JSON Schemas of every shape; definitions that Zod names by `.meta({id})` are hoisted into components. */
function components() {
  const out: Record<string, unknown> = {};
  const rewrite = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replaceAll('"#/$defs/', '"#/components/schemas/'));
  for (const [name, schema] of Object.entries(schemas)) {
    const js = z.toJSONSchema(schema, { io: INPUT_SCHEMAS.has(name) ? 'input' : 'output', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
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

const q = (name: string, schema: Record<string, unknown>, description?: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(description ? { description } : {}),
});
const str = { type: 'string' };
const runbookParams = [q('format', { type: 'string', enum: ['html', 'md', 'pdf'], default: 'html' }), langParam];
const file = (description: string, types: string[]) => ({
  description,
  content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'string' } }])),
});
const pdfBusy = {
  '429': err('PDF queue full for this user or instance (Retry-After)'),
  '503': err('PDF unavailable (Chromium missing or busy)'),
};

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
      // Issue 19: Duo connection, sync, status (bodies documented inline; docs/decisions/0081-duo-connection.md).
      '/api/v1/duo/connection': {
        get: {
          summary:
            'The Duo Admin API connection (admin): {apiHost, integrationKey, secretKeySet: true, lastSyncAt}; the secret key is never answered',
          responses: { '200': { description: 'ok' }, '404': err('No connection'), ...common },
        },
        put: {
          summary: 'Create or replace it (admin): {apiHost, integrationKey, secretKey} (secretKey may be left out to keep the stored one)',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['apiHost', 'integrationKey'],
                  properties: {
                    apiHost: { type: 'string' },
                    integrationKey: { type: 'string', pattern: '^DI[A-Z0-9]{18}$' },
                    secretKey: { type: 'string', pattern: '^[A-Za-z0-9]{40}$' },
                  },
                },
              },
            },
          },
          responses: { '200': { description: 'Saved' }, '400': err('Invalid'), ...common },
        },
        delete: { summary: 'Remove it (admin)', responses: { '204': { description: 'Removed' }, '404': err('No connection'), ...common } },
      },
      '/api/v1/duo/connection/test': {
        post: {
          summary:
            'Test connection (admin): {ok, checks: [{endpoint, permission, ok, kind?, message}]}: DNS, TLS, 401 bad signature, 403 missing permission in words',
          responses: { '200': { description: 'Result' }, '409': err('No connection'), ...common },
        },
      },
      '/api/v1/duo/sync': {
        get: {
          summary: 'Progress of a running sync: {running, step, startedAt, retries}',
          responses: { '200': { description: 'ok' }, ...common },
        },
        post: {
          summary:
            'Sync from Duo (admin, editor). dryRun=true: the preview (applications/groups new|changed|unchanged, missing), writes nothing; otherwise one audited transaction: {created, updated, unchanged, syncedAt, missing}',
          parameters: [{ name: 'dryRun', in: 'query', required: false, schema: { type: 'string', enum: ['true', 'false'] } }],
          responses: {
            '200': { description: 'Preview or result' },
            '400': err('Bad query'),
            '409': err('No connection, or a sync is running'),
            '502': err('Duo could not be read: nothing changed'),
            ...common,
          },
        },
      },
      '/api/v1/duo/status': {
        get: {
          summary:
            'Is Duo down? {state: operational|degraded|outage|unknown, checkedAt, configured, indicator, description, incidents} from the Statuspage JSON',
          responses: { '200': { description: 'ok' }, ...common },
        },
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
          responses: {
            '201': { description: 'Created', ...json('ApplicationItem') },
            '400': err('Invalid'),
            '409': err('Name taken'),
            ...common,
          },
        },
      },
      '/api/v1/applications/{id}': {
        parameters: [idParam],
        get: {
          summary: 'One application',
          parameters: [langParam],
          responses: { '200': { description: 'ok', ...json('ApplicationItem') }, '404': err('Not found'), ...common },
        },
        patch: {
          summary: 'Change fields; send the version you read (409 when stale)',
          requestBody: { required: true, ...json('ApplicationPatch') },
          responses: {
            '200': { description: 'Updated', ...json('ApplicationItem') },
            '400': err('Invalid'),
            '404': err('Not found'),
            '409': err('Stale version'),
            ...common,
          },
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
            '409': err(
              'CRITICAL_FINDING_OPEN: approve is refused while a critical finding is open; NO_CRITICAL_FINDING: accept-risk without one',
            ),
            ...common,
          },
        },
      },
      '/api/v1/sessions': {
        post: {
          summary:
            'Sign in with email and password: sets the session cookie (anonymous; throttled per account+address, address and account)',
          security: [],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['email', 'password'],
                  additionalProperties: false,
                  properties: { email: { type: 'string' }, password: { type: 'string' } },
                },
              },
            },
          },
          responses: {
            '201': { description: 'Signed in; Set-Cookie orp_session' },
            '400': err('Invalid'),
            '401': err('Wrong email or password'),
            '429': err('Too many failed sign-ins: wait Retry-After seconds'),
          },
        },
        delete: { summary: 'Sign out: ends the session of the cookie', responses: { '204': { description: 'Signed out' } } },
      },
      '/api/v1/tokens': {
        get: {
          summary: 'Your API tokens (admins: everyone’s), with creation, last use, expiry and state; never the secret',
          responses: { '200': { description: 'ok' }, ...common },
        },
      },
      '/api/v1/tokens/{id}': {
        parameters: [idParam],
        delete: {
          summary: 'Revoke a token (its owner or an admin); it answers 401 from then on',
          responses: { '204': { description: 'Revoked' }, '404': err('Not found'), ...common },
        },
      },
      '/api/v1/groups': {
        get: {
          summary: 'List, search (name and description) and sort groups',
          parameters: [
            q('q', str),
            q('sort', { type: 'string', enum: [...GROUP_SORT_KEYS], default: 'name' }),
            q('dir', { type: 'string', enum: ['asc', 'desc'], default: 'asc' }),
            q('limit', { type: 'integer', minimum: 1, maximum: 500 }),
            q('cursor', str),
          ],
          responses: { '200': { description: 'A page', ...json('GroupPage') }, '400': err('Bad query'), ...common },
        },
        post: {
          summary: 'Create a group, optionally with the applications it can reach',
          requestBody: { required: true, ...json('GroupWrite') },
          responses: {
            '201': { description: 'Created', ...json('GroupItem') },
            '400': err('Invalid'),
            '409': err('Name taken'),
            ...common,
          },
        },
      },
      '/api/v1/groups/{id}': {
        parameters: [idParam],
        get: {
          summary: 'One group',
          responses: { '200': { description: 'ok', ...json('GroupItem') }, '404': err('Not found'), ...common },
        },
        patch: {
          summary: 'Change a group or its access; send the version you read',
          requestBody: { required: true, ...json('GroupPatch') },
          responses: {
            '200': { description: 'Updated', ...json('GroupItem') },
            '400': err('Invalid'),
            '409': err('Stale version'),
            ...common,
          },
        },
        delete: { summary: 'Delete a group', responses: { '204': { description: 'Deleted' }, '404': err('Not found'), ...common } },
      },
      '/api/v1/applications/{id}/runbook': {
        parameters: [idParam],
        get: {
          summary: 'The runbook of one application as HTML, Markdown or PDF',
          parameters: runbookParams,
          responses: {
            '200': file('The runbook', ['text/html', 'text/markdown', 'application/pdf']),
            '400': err('Bad query'),
            '404': err('Not found'),
            ...pdfBusy,
            ...common,
          },
        },
      },
      '/api/v1/runbooks': {
        get: {
          summary: 'The binder of all (or the filtered) runbooks as HTML, Markdown or PDF',
          parameters: [
            ...runbookParams,
            q('level', str, 'Comma-separated restriction levels'),
            q('integration', str, 'Comma-separated integration slugs'),
            q('owner', str),
          ],
          responses: {
            '200': file('The binder', ['text/html', 'text/markdown', 'application/pdf']),
            '400': err('Bad query'),
            ...pdfBusy,
            ...common,
          },
        },
      },
      '/api/v1/simulations': {
        post: {
          summary: 'Simulate an outage scenario with emergency actions on the stored inventory',
          parameters: [langParam],
          requestBody: { required: true, ...json('SimulationRequest') },
          responses: {
            '200': {
              description: 'Outcomes per application and group, findings',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            '400': err('Invalid request'),
            ...common,
          },
        },
      },
      '/api/v1/import': {
        post: {
          summary: 'Import one file (any importer format); dryRun=true answers the interchange JSON it would import',
          parameters: [q('dryRun', { type: 'string', enum: ['true', 'false'] }), q('format', str), q('filename', str)],
          requestBody: {
            required: true,
            content: { 'text/plain': { schema: { type: 'string' } }, 'application/octet-stream': { schema: { type: 'string' } } },
          },
          responses: {
            '200': {
              description: 'Applied ({created, updated, unchanged}) or, with dryRun, the inventory',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
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
          parameters: [
            q('entity', str),
            q('entityId', str),
            q('actor', str),
            q('action', str),
            q('limit', { type: 'integer', minimum: 1, maximum: 1000 }),
            q('cursor', { type: 'integer' }),
            q('format', { type: 'string', enum: ['json', 'csv'] }),
          ],
          responses: {
            '200': {
              description: 'A page, or CSV',
              content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } },
            },
            '400': err('Bad query'),
            ...common,
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          summary: 'This document',
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } }, ...common },
        },
      },
      '/api/v1/assessments': {
        get: {
          summary: 'The `assess` output for the stored inventory',
          parameters: [langParam],
          responses: { '200': { description: 'ok', ...json('AssessOutput') }, ...common },
        },
      },
      '/api/v1/incidents': {
        get: { summary: 'Incidents, open ones first (every role)', responses: { '200': { description: 'ok' }, ...common } },
        post: {
          summary:
            'Declare an incident (admin, editor): the simulator computes the affected applications; each gets its first-response checklist',
          parameters: [langParam],
          requestBody: { required: true, ...json('IncidentDeclare') },
          responses: { '201': { description: 'Declared', ...json('Incident') }, '400': err('Invalid'), ...common },
        },
      },
      '/api/v1/incidents/{id}': {
        parameters: [idParam],
        get: {
          summary: 'One incident (the live page polls it)',
          parameters: [langParam],
          responses: { '200': { description: 'ok', ...json('Incident') }, '404': err('Not found'), ...common },
        },
      },
      '/api/v1/incidents/{id}/actions': {
        parameters: [idParam],
        post: {
          summary: 'Record an emergency action (the simulator action types); adds the findings it creates and a revert item',
          parameters: [langParam],
          requestBody: { required: true, ...json('IncidentAction') },
          responses: {
            '201': { description: 'Recorded', ...json('Incident') },
            '400': err('Invalid or unknown name'),
            '404': err('Not found'),
            '409': err('Closed'),
            ...common,
          },
        },
      },
      '/api/v1/incidents/{id}/items/{itemId}': {
        parameters: [idParam, { name: 'itemId', in: 'path', required: true, schema: { type: 'string' } }],
        patch: {
          summary: 'Tick or un-tick a checklist or revert item; send the version you read',
          parameters: [langParam],
          requestBody: { required: true, ...json('IncidentItemPatch') },
          responses: {
            '200': { description: 'Updated', ...json('IncidentItem') },
            '400': err('Invalid'),
            '404': err('Not found'),
            '409': err('Stale version, or the incident is closed'),
            ...common,
          },
        },
      },
      '/api/v1/incidents/{id}/messages': {
        parameters: [idParam],
        post: {
          summary: 'Record that the end-user message of an affected application was sent',
          requestBody: { required: true, ...json('IncidentMessageSent') },
          responses: { '201': { description: 'Recorded', ...json('Incident') }, '400': err('Invalid'), '404': err('Not found'), ...common },
        },
      },
      '/api/v1/incidents/{id}/close': {
        parameters: [idParam],
        post: {
          summary: 'Close the incident once every revert item is done (an admin may override with a reason)',
          requestBody: { required: false, ...json('IncidentClose') },
          responses: {
            '200': { description: 'Closed', ...json('Incident') },
            '409': err(
              'REVERT_INCOMPLETE: revert items open (error.items lists them) or Duo still lists groups in bypass (error.groupsInBypass); or already closed',
            ),
            '404': err('Not found'),
            ...common,
          },
        },
      },
      '/api/v1/incidents/{id}/report': {
        parameters: [idParam],
        get: {
          summary: 'The post-incident report',
          parameters: [
            { name: 'format', in: 'query', required: false, schema: { type: 'string', enum: ['md', 'html', 'pdf'] } },
            langParam,
          ],
          responses: { '200': { description: 'The report file' }, '400': err('Bad query'), '404': err('Not found'), ...common },
        },
      },
      '/api/v1/incidents/{id}/drill': {
        parameters: [idParam],
        post: {
          summary: 'Turn a closed incident into a live drill record (once)',
          responses: { '201': { description: 'Recorded: {"drillId"}' }, '409': err('Not closed, or already recorded'), ...common },
        },
      },
    },
  };
}
