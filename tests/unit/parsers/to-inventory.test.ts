// Parsed artefacts → ONE interchange inventory: order, names, defaults, notes, groups, merging, clashes.
import { describe, expect, it } from 'vitest';
import { renderInventoryJson, parseInventoryText } from '../../../lib/interchange/parse';
import { importArtefacts, parseSource } from '../../../lib/parsers/index';
import type { ImportInput } from '../../../lib/parsers/index';
import { toInventory } from '../../../lib/parsers/to-inventory';
import { inventorySchema } from '../../../lib/validations/inventory';
import { readFixture } from './helpers';

const input = (file: string, name = file): ImportInput => ({ file: name, text: readFixture(file) });

function ok(r: ReturnType<typeof importArtefacts>) {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.errors)}`);
  return r;
}

describe('authproxy.cfg → applications', () => {
  it('one application per server section, in section order, named "<file base> <section>"', () => {
    const r = ok(importArtefacts([input('authproxy/authproxy01.cfg', '/etc/duoauthproxy/authproxy01.cfg')]));
    expect(r.inventory).toEqual({
      version: 1,
      groups: [],
      applications: [
        {
          name: 'authproxy01 radius_server_auto',
          integration: 'auth-proxy-radius',
          dataClasses: [],
          mfaMandate: 'none',
          criticality: 'medium',
          configuredFailmode: 'secure',
          groups: [],
          notes:
            'Imported from /etc/duoauthproxy/authproxy01.cfg [radius_server_auto] (line 16). Port: 1812. Client section: ad_client. Failmode configured at line 22.',
        },
        {
          name: 'authproxy01 ldap_server_auto',
          integration: 'auth-proxy-ldap',
          dataClasses: [],
          mfaMandate: 'none',
          criticality: 'medium',
          configuredFailmode: 'safe',
          groups: [],
          notes:
            'Imported from /etc/duoauthproxy/authproxy01.cfg [ldap_server_auto] (line 26). Port: 389. Client section: ad_client. Failmode default (absent): the Auth Proxy fails safe.',
        },
      ],
    });
    expect(inventorySchema.safeParse(r.inventory).success).toBe(true);
  });

  it('notes say "failmode default (absent)" exactly for defaulted sections', () => {
    const r = ok(importArtefacts([input('authproxy/authproxy-numbered.cfg')]));
    const defaulted = r.inventory.applications.filter((a) => a.notes?.includes('Failmode default (absent)')).map((a) => a.name);
    expect(defaulted).toEqual(['authproxy-numbered radius_server_iframe3']);
  });
});

describe('Duo Unix → application', () => {
  it('one duo-unix application with the configured or default failmode', () => {
    const r = ok(importArtefacts([input('duo-unix/login_duo.conf'), input('duo-unix/pam_duo.conf')]));
    expect(r.inventory.applications.map((a) => [a.name, a.integration, a.configuredFailmode])).toEqual([
      ['login_duo', 'duo-unix', 'secure'],
      ['pam_duo', 'duo-unix', 'safe'],
    ]);
    expect(r.inventory.applications[1]!.notes).toContain('Failmode default (absent)');
    expect(r.inventory.applications[1]!.notes).toContain('Unix groups: admins, ops team, !contractors');
  });
});

describe('Admin API → applications and groups', () => {
  it('creates the groups of groups_allowed with alwaysRequireMfa false and keeps notes', () => {
    const r = ok(importArtefacts([input('admin-api/integrations.json')]));
    expect(r.inventory.groups).toEqual([
      { name: 'Finance', alwaysRequireMfa: false },
      { name: 'IT Admins', alwaysRequireMfa: false },
    ]);
    const vpn = r.inventory.applications[0]!;
    expect(vpn.notes!.startsWith('Cisco ASA via the Auth Proxy on authproxy01\n\nImported from the Duo Admin API')).toBe(true);
    expect(r.inventory.applications.map((a) => a.name)).not.toContain('SIEM log export');
  });
});

describe('merging several files', () => {
  it('keeps file order and lets an inventory file define a group that groups_allowed implied', () => {
    const r = ok(
      importArtefacts([
        input('admin-api/integrations.json'),
        input('authproxy/authproxy01.cfg'),
        input('inventory/inventory.json'),
        input('inventory/inventory.csv'),
      ]),
    );
    expect(r.inventory.applications.map((a) => a.name)).toEqual([
      'Corporate VPN',
      'Windows Servers RDP',
      'Linux bastion',
      'Slack (Duo SSO)',
      'Expense portal',
      'Palo Alto GlobalProtect',
      'Azure AD Conditional Access',
      'authproxy01 radius_server_auto',
      'authproxy01 ldap_server_auto',
      'EHR',
      'Payroll',
    ]);
    expect(r.inventory.groups).toEqual([
      { name: 'Finance', alwaysRequireMfa: false },
      { name: 'IT Admins', alwaysRequireMfa: true, memberCount: 12 },
      { name: 'Clinicians', alwaysRequireMfa: true },
    ]);
    // The dry-run JSON is itself a valid interchange file that round-trips.
    const again = parseInventoryText(renderInventoryJson(r.inventory));
    expect(again).toEqual({ ok: true, inventory: r.inventory });
  });

  it('a name clash between files is an error naming both files', () => {
    const r = importArtefacts([
      input('authproxy/authproxy01.cfg', 'site-a/authproxy01.cfg'),
      input('authproxy/authproxy01.cfg', 'site-b/AUTHPROXY01.cfg'),
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      {
        file: 'site-b/AUTHPROXY01.cfg',
        line: 16,
        message: expect.stringContaining('clashes with the application from site-a/authproxy01.cfg:16'),
      },
      {
        file: 'site-b/AUTHPROXY01.cfg',
        line: 26,
        message: expect.stringContaining('clashes with the application from site-a/authproxy01.cfg:26'),
      },
    ]);
  });

  it('a name clash inside one Admin API export names both lines', () => {
    const text = '[\n{"name":"VPN","type":"radius"},\n{"name":"vpn","type":"rdp"}\n]';
    const r = importArtefacts([{ file: 'i.json', text }]);
    expect(r).toEqual({ ok: false, errors: [{ file: 'i.json', line: 3, message: expect.stringContaining('from i.json:2') }] });
  });

  it('two inventory files that define a group differently are an error', () => {
    const a = '{"version":1,"groups":[{"name":"Ops","alwaysRequireMfa":true}]}';
    const b = '{"version":1,"groups":[{"name":"ops","alwaysRequireMfa":false}]}';
    const r = importArtefacts([
      { file: 'a.json', text: a },
      { file: 'b.json', text: b },
    ]);
    expect(r).toEqual({ ok: false, errors: [{ file: 'b.json', message: expect.stringContaining('defined differently in a.json') }] });
  });

  it('is all or nothing: one bad file fails the import and every file reports its errors', () => {
    const r = importArtefacts([
      input('authproxy/authproxy01.cfg'),
      input('authproxy/invalid-failmode.cfg'),
      input('duo-unix/invalid-failmode-capital.conf'),
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.file, e.line])).toEqual([
      ['authproxy/invalid-failmode.cfg', 10],
      ['duo-unix/invalid-failmode-capital.conf', 5],
    ]);
  });

  it('maps schema violations (e.g. a too long name) back to the file and line', () => {
    const long = `${'x'.repeat(130)}.cfg`;
    const r = importArtefacts([{ file: long, text: '[radius_server_auto]\n' }]);
    expect(r).toEqual({ ok: false, errors: [{ file: long, line: 1, message: expect.stringContaining('at most 120 characters') }] });
  });

  it('an empty list of sources is an empty inventory', () => {
    expect(toInventory([])).toEqual({ ok: true, inventory: { version: 1, groups: [], applications: [] }, warnings: [], meta: [] });
  });

  it('an explicit --format is used as given', () => {
    const r = parseSource({ file: 'x.txt', text: '[duo]\nfailmode = secure\n' }, 'duo-unix');
    expect(r.ok && r.source.format).toBe('duo-unix');
    const unknown = parseSource({ file: 'x.txt', text: 'garbage' });
    expect(unknown).toEqual({
      ok: false,
      errors: [{ file: 'x.txt', line: 1, code: 'FORMAT_UNKNOWN', message: expect.stringContaining('cannot tell the format') }],
    });
    if (!unknown.ok) expect(unknown.errors[0]!.message).not.toContain('--format'); // each front end says how to choose
  });
});
