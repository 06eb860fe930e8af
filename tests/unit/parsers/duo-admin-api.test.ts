// Duo Admin API GET /admin/v1/integrations: envelope or bare array; type → catalog slug; secret_key dropped.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/domain/catalog';
import { INTEGRATION_SLUGS } from '../../../lib/domain/types';
import { DUO_TYPE_MAP, mapDuoIntegrationType, parseDuoAdminApiIntegrations } from '../../../lib/parsers/duo-admin-api';
import { DUO_ADMIN_API_TYPES } from '../../../lib/parsers/index';
import { detectFormat } from '../../../lib/parsers/detect';
import type { AdminApiParseResult, AdminApiParseSuccess } from '../../../lib/parsers/duo-admin-api';
import { readFixture } from './helpers';

function ok(r: AdminApiParseResult): AdminApiParseSuccess {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r;
}

describe('Admin API fixtures', () => {
  it('integrations.json (envelope): names, mapped types, failmode unknown/none, groups, notes', () => {
    const file = 'admin-api/integrations.json';
    const r = ok(parseDuoAdminApiIntegrations(readFixture(file), file));
    expect(r.applications.map((a) => [a.name, a.duoType, a.integration, a.configuredFailmode, a.groups, a.duoNotes, a.line])).toEqual([
      ['Corporate VPN', 'radius', 'auth-proxy-radius', 'unknown', [], 'Cisco ASA via the Auth Proxy on authproxy01', 4],
      ['Windows Servers RDP', 'rdp', 'windows-logon-rdp', 'unknown', ['Finance', 'IT Admins'], null, 16],
      ['Linux bastion', 'unix', 'duo-unix', 'unknown', ['IT Admins'], null, 24],
      ['Slack (Duo SSO)', 'sso-slack', 'duo-sso', 'none', [], null, 32],
      ['Expense portal', 'websdk', 'websdk-v2', 'unknown', [], 'Custom PHP app using the Web SDK', 39],
      ['Palo Alto GlobalProtect', 'paloalto', 'auth-proxy-radius', 'unknown', [], null, 46],
      ['Azure AD Conditional Access', 'azure-ca', 'azure-conditional-access', 'none', ['Finance'], null, 59],
    ]);
    expect(r.applications.find((a) => a.duoType === 'paloalto')!.typeNote).toMatch(/"paloalto".*Duo Authentication Proxy.*default safe/);
    expect(r.warnings.map((w) => [w.line, w.message])).toEqual([
      [52, expect.stringContaining('"SIEM log export" of type "adminapi" protects no user login: skipped')],
    ]);
    expect(JSON.stringify(r)).not.toMatch(/S3CR3T|secret_key|DIKEYVAL/);
  });

  it('integrations-bare.json (bare array)', () => {
    const r = ok(parseDuoAdminApiIntegrations(readFixture('admin-api/integrations-bare.json'), 'b.json'));
    expect(r.applications.map((a) => [a.name, a.integration, a.configuredFailmode, a.groups, a.duoNotes])).toEqual([
      ['Okta', 'okta', 'none', ['Staff'], null],
      ['OWA', 'owa', 'unknown', [], 'Exchange 2019'],
    ]);
  });

  it.each([
    [
      'admin-api/invalid-integrations.json',
      [
        [5, 'response[1].name', /"name" must be a non-empty string, got an empty string/],
        [6, 'response[2].type', /"type" must be a non-empty string .* got nothing/],
        [7, 'response[3].groups_allowed', /"groups_allowed" must be an array/],
      ],
    ],
    ['admin-api/invalid-truncated.json', [[3, undefined, /invalid JSON/]]],
    ['admin-api/invalid-fail-envelope.json', [[1, 'stat', /answered stat "FAIL" \("40301 Access forbidden"\)/]]],
  ] as const)('%s is rejected with file, line and what was expected', (file, expected) => {
    const r = parseDuoAdminApiIntegrations(readFixture(file), file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.file, e.line, e.path])).toEqual(expected.map(([line, path]) => [file, line, path]));
    r.errors.forEach((e, i) => expect(e.message).toMatch(expected[i]![2]));
    expect(JSON.stringify(r.errors)).not.toContain('S3CR3T');
  });

  it('rejects other top-level shapes', () => {
    for (const text of ['42', '"x"', 'null', '{"response": {}}', '{"foo": 1}']) {
      const r = parseDuoAdminApiIntegrations(text, 'x.json');
      expect(r.ok, text).toBe(false);
    }
  });

  it('accepts an empty list with a warning', () => {
    const r = ok(parseDuoAdminApiIntegrations('{"stat":"OK","response":[]}', 'e.json'));
    expect(r.applications).toEqual([]);
    expect(r.warnings).toHaveLength(1);
  });

  it('flags Duo group IDs in groups_allowed', () => {
    const r = ok(parseDuoAdminApiIntegrations('[{"name":"A","type":"rdp","groups_allowed":["DGABCDEFGHIJ01234567"]}]', 'g.json'));
    expect(r.applications[0]!.groups).toEqual(['DGABCDEFGHIJ01234567']);
    expect(r.warnings.map((w) => w.message)).toEqual([expect.stringContaining('Duo group IDs')]);
  });
});

describe('type mapping', () => {
  it('maps every table entry to a catalog slug', () => {
    for (const [type, { slug }] of Object.entries(DUO_TYPE_MAP)) {
      expect(INTEGRATION_SLUGS, type).toContain(slug);
      expect(mapDuoIntegrationType(type)).toMatchObject({ slug, known: true });
      expect(mapDuoIntegrationType(type.toUpperCase()).slug).toBe(slug);
    }
  });

  it('maps sso-* to duo-sso and unknown types to other-third-party with a note naming the type', () => {
    expect(mapDuoIntegrationType('sso-generic')).toMatchObject({ slug: 'duo-sso', known: true });
    expect(mapDuoIntegrationType('no-such-type')).toMatchObject({
      slug: 'other-third-party',
      known: false,
      note: expect.stringContaining('"no-such-type"'),
    });
    expect(mapDuoIntegrationType('__proto__')).toMatchObject({ slug: 'other-third-party', known: false });
    expect(mapDuoIntegrationType('constructor')).toMatchObject({ slug: 'other-third-party', known: false });
  });

  it('uses failmode none exactly for catalog entries without failmode control', () => {
    const text = JSON.stringify(Object.keys(DUO_TYPE_MAP).map((type, i) => ({ name: `App ${i}`, type })));
    for (const a of ok(parseDuoAdminApiIntegrations(text, 't.json')).applications) {
      expect(a.configuredFailmode).toBe(CATALOG[a.integration].failmodeControl === 'none' ? 'none' : 'unknown');
    }
  });
});

// The type table (lib/parsers/duo-admin-api-types.ts): a source per row; Auth-Proxy-fronted types
// follow the proxy's failmode (catalog viaAuthProxy), never "no failmode control".
describe('Admin API type table', () => {
  it('has a Duo documentation source on every row and only catalog slugs', () => {
    const seen = new Set<string>();
    for (const row of DUO_ADMIN_API_TYPES) {
      expect(row.source, row.type).toMatch(/^https:\/\/duo\.com\/docs\/[a-z0-9-]+$/);
      expect(INTEGRATION_SLUGS, row.type).toContain(row.slug);
      expect(seen.has(row.type), `duplicate ${row.type}`).toBe(false);
      seen.add(row.type);
      // viaAuthProxy rows land on catalog entries that say they go through the Auth Proxy, and back.
      expect(CATALOG[row.slug].viaAuthProxy === true, row.type).toBe(row.viaAuthProxy);
    }
    expect(
      Object.values(CATALOG)
        .filter((e) => e.viaAuthProxy)
        .map((e) => e.slug),
    ).toEqual(['auth-proxy-radius', 'auth-proxy-ldap']);
  });

  it.each([
    ['radius', 'auth-proxy-radius'],
    ['ldapproxy', 'auth-proxy-ldap'],
    ['unix', 'duo-unix'],
    ['rdp', 'windows-logon-rdp'],
  ])('%s → %s (for the Duo sync)', (type, slug) => {
    expect(DUO_ADMIN_API_TYPES.find((r) => r.type === type)?.slug).toBe(slug);
  });

  it('Auth-Proxy-fronted VPNs and gateways follow the proxy failmode (fixture integrations-proxy-fronted.json)', () => {
    const file = 'admin-api/integrations-proxy-fronted.json';
    const r = ok(parseDuoAdminApiIntegrations(readFixture(file), file));
    expect(r.applications.map((a) => a.duoType)).toEqual([
      'cisco',
      'paloalto',
      'juniper',
      'citrixns',
      'f5bigip',
      'fortinet',
      'sonicwallsra',
      'barracuda',
      'array',
      'rras',
      'vmwareview',
    ]);
    for (const a of r.applications) {
      expect(a.integration, a.duoType).toBe('auth-proxy-radius');
      expect(a.configuredFailmode, a.duoType).toBe('unknown'); // not "none": the proxy has a failmode (default safe)
      expect(a.typeNote, a.duoType).toContain('Duo Authentication Proxy');
    }
    expect(CATALOG['auth-proxy-radius'].defaultWhenUnreachable).toBe('safe');
    expect(r.warnings).toEqual([]);
    expect(JSON.stringify(r)).not.toMatch(/S3CR3T|DIKEYVAL/);
  });
});

describe('one integration (GET /admin/v1/integrations/{integration_key})', () => {
  it.each(['admin-api/integration-single-envelope.json', 'admin-api/integration-single.json'])(
    '%s is one application, never an inventory',
    (file) => {
      const text = readFixture(file);
      expect(detectFormat(text, file)).toBe('duo-admin-api');
      expect(detectFormat(text, 'upload.json')).toBe('duo-admin-api');
      expect(detectFormat(text)).toBe('duo-admin-api');
      const r = ok(parseDuoAdminApiIntegrations(text, file));
      expect(r.applications).toHaveLength(1);
      expect(r.applications[0]).toMatchObject({
        integration: 'auth-proxy-radius',
        configuredFailmode: 'unknown',
        line: expect.any(Number),
      });
      expect(JSON.stringify(r)).not.toMatch(/S3CR3T|DIKEYVAL/);
    },
  );

  it('the envelope with one object keeps its groups and notes', () => {
    const r = ok(parseDuoAdminApiIntegrations(readFixture('admin-api/integration-single-envelope.json'), 's.json'));
    expect(r.applications[0]).toMatchObject({
      name: 'Branch office VPN',
      duoType: 'fortinet',
      groups: ['Remote Staff'],
      duoNotes: 'FortiGate 100F in Hamburg',
      line: 3,
    });
  });
});
