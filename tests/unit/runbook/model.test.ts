// The runbook model (SPEC §2.6) against the guide: which sections, texts and degradation options appear
// for each integration family × restriction level × failmode. Inputs go through the real rules engine.
import { describe, expect, it } from 'vitest';
import { buildRunbook, buildRunbooks, runbookId } from '../../../lib/domain/runbook/model';
import { assessInventory } from '../../../lib/domain/assess';
import { DEFAULT_POLICY } from '../../../lib/domain/types';
import { firewallBlastRadius, unreachableBehaviour } from '../../../lib/domain/runbook/analysis';
import type { OptionId, OptionStatus, UnreachableBasis, UnreachableOutcome } from '../../../lib/domain/runbook/types';
import type { ConfiguredFailmode, IntegrationSlug, RestrictionLevel } from '../../../lib/domain/types';
import { CONFIGURED_FAILMODES, INTEGRATION_SLUGS } from '../../../lib/domain/types';
import type { ApplicationInput } from '../../../lib/domain/types';
import {
  ALL_SCENARIOS,
  GENERATED_AT,
  app,
  group,
  option,
  optionIds,
  options,
  runbookOf,
  runbookText,
  scenario,
  section,
  sectionText,
  solo,
} from './fixtures';

/** Inputs that put a solo app (group "Staff", no alwaysRequireMfa) at each level. */
function atLevel(level: RestrictionLevel): Pick<ApplicationInput, 'dataClasses' | 'mfaMandate'> {
  if (level === 'most-restrictive') return { dataClasses: ['health'], mfaMandate: 'none' };
  if (level === 'restrictive') return { dataClasses: [], mfaMandate: 'some-groups' };
  return { dataClasses: ['pii'], mfaMandate: 'none' };
}

function soloRunbook(integration: IntegrationSlug, level: RestrictionLevel, failmode: ConfiguredFailmode, lang: 'en' | 'de' = 'en') {
  const a = app({ name: 'App', integration, configuredFailmode: failmode, ...atLevel(level) });
  return runbookOf(solo(a), 'App', { lang });
}

type Opt = Exclude<OptionId, 'other-method' | 'inform-users'>;

interface Case {
  integration: IntegrationSlug;
  level: RestrictionLevel;
  failmode: ConfiguredFailmode;
  /** The guide sentence (English PDF page) the case checks. */
  guide: string;
  outcome: UnreachableOutcome;
  basis: UnreachableBasis;
  options: Record<Opt, OptionStatus | null>;
  /** Texts the "Duo unreachable" section must contain. */
  unreachableHas: string[];
  /** Texts the whole runbook must NOT contain. */
  absent?: string[];
}

const open = { 'policy-bypass': 'available', 'bypass-groups': 'available', 'revert-config': 'available' } as const;
const restr = { 'policy-bypass': 'caution', 'bypass-groups': 'available', 'revert-config': 'caution' } as const;
const most = { 'policy-bypass': 'not-allowed', 'bypass-groups': 'not-allowed', 'revert-config': 'not-allowed' } as const;

const PROXY_SAFE = 'Failmode Safe - Allowed Duo login on preauth failure';
const PROXY_SECURE = 'Failmode Secure - Denied Duo login on preauth failure';
const PROXY_SAFE_OLD = 'Allowed Duo login on unexpected failure';
const PROXY_SECURE_OLD = 'Denied Duo login on unexpected failure';

const CASES: Case[] = [
  {
    integration: 'auth-proxy-radius',
    level: 'less-restrictive',
    failmode: 'safe',
    guide: 'p.6 "Fail safe … users will be ALLOWED access to Duo-protected applications if they pass primary authentication"; p.12 fail safe log example',
    outcome: 'opens',
    basis: 'configured',
    options: { ...open, 'primary-only': 'available', 'firewall-block': 'available' },
    unreachableHas: ['ALLOWED access', PROXY_SAFE, PROXY_SECURE, PROXY_SAFE_OLD, PROXY_SECURE_OLD, '"msg": "Failmode Safe', 'radius_server_auto'],
  },
  {
    integration: 'auth-proxy-radius',
    level: 'most-restrictive',
    failmode: 'secure',
    guide: 'p.6 "Fail secure … users will be DENIED access … even if they pass primary authentication"; p.3 most restrictive: users and groups should NOT be switched to bypass',
    outcome: 'closes',
    basis: 'configured',
    options: { ...most, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['DENIED access', PROXY_SECURE, '"msg": "Failmode Secure', 'Do not remove Duo'],
  },
  {
    integration: 'auth-proxy-radius',
    level: 'restrictive',
    failmode: 'safe',
    guide: 'p.3 restrictive → fail secure; p.7 Primary Only Mode skips Duo for configurations that use the default "fail safe" behaviour',
    outcome: 'opens',
    basis: 'configured',
    options: { ...restr, 'primary-only': 'caution', 'firewall-block': 'caution' },
    unreachableHas: ['ALLOWED access', 'must fail secure'],
  },
  {
    integration: 'auth-proxy-radius',
    level: 'restrictive',
    failmode: 'secure',
    guide: 'p.7 Primary Only Mode only for RADIUS/LDAP configurations with "fail safe": none here',
    outcome: 'closes',
    basis: 'configured',
    options: { ...restr, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['DENIED access', PROXY_SECURE],
  },
  {
    integration: 'auth-proxy-ldap',
    level: 'most-restrictive',
    failmode: 'safe',
    guide: 'p.3 most restrictive: no bypass — Primary Only Mode and a firewall block would skip 2FA',
    outcome: 'opens',
    basis: 'configured',
    options: { ...most, 'primary-only': 'not-allowed', 'firewall-block': 'not-allowed' },
    unreachableHas: ['ldap_server_auto', PROXY_SAFE, 'must fail secure'],
  },
  {
    integration: 'auth-proxy-ldap',
    level: 'less-restrictive',
    failmode: 'unknown',
    guide: 'SPEC §2.5 Auth Proxy: absent failmode means safe',
    outcome: 'opens',
    basis: 'default',
    options: { ...open, 'primary-only': null, 'firewall-block': 'available' },
    unreachableHas: ['is not recorded', 'fails safe'],
  },
  {
    integration: 'duo-unix',
    level: 'less-restrictive',
    failmode: 'safe',
    guide: 'SPEC §2.5 Duo Unix log lines "Failsafe Duo login" / "Failsecure Duo login"',
    outcome: 'opens',
    basis: 'configured',
    options: { ...open, 'primary-only': null, 'firewall-block': 'available' },
    unreachableHas: ['Failsafe Duo login', 'Failsecure Duo login'],
    absent: [PROXY_SAFE, 'authproxy_primary_only'],
  },
  {
    integration: 'duo-unix',
    level: 'restrictive',
    failmode: 'secure',
    guide: 'p.3 restrictive → fail secure',
    outcome: 'closes',
    basis: 'configured',
    options: { ...restr, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['Failsecure Duo login', 'DENIED access'],
  },
  {
    integration: 'duo-sso',
    level: 'most-restrictive',
    failmode: 'none',
    guide: 'p.10 "Users will not be able to authenticate with applications federated to Duo SSO"',
    outcome: 'closes',
    basis: 'fixed',
    options: { ...most, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['cannot log in to "App" at all', 'primary and secondary authentication'],
    absent: [PROXY_SAFE],
  },
  {
    integration: 'duo-sso',
    level: 'less-restrictive',
    failmode: 'none',
    guide: 'p.10 de-federating "should only be considered as a last resort"',
    outcome: 'closes',
    basis: 'fixed',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['cannot log in to "App" at all', 'de-federate'],
  },
  {
    integration: 'okta',
    level: 'less-restrictive',
    failmode: 'none',
    guide: 'p.9 Okta: no configurable failmode; "admins need to login to remove Duo from the authentication workflow"',
    outcome: 'unknown',
    basis: 'fixed',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['offers no failmode control', 'may default to fail secure'],
  },
  {
    integration: 'okta',
    level: 'restrictive',
    failmode: 'none',
    guide: 'p.3 restrictive: groups that must always pass 2FA are not bypassed — removing Duo is for everyone',
    outcome: 'unknown',
    basis: 'fixed',
    options: { ...restr, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['offers no failmode control'],
  },
  {
    integration: 'websdk-v2',
    level: 'less-restrictive',
    failmode: 'none',
    guide: 'p.8 "the WebSDK alone will not allow users to authenticate without successfully completing two-factor authentication"',
    outcome: 'closes',
    basis: 'default',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['DENIED access', "application's own code decides"],
  },
  {
    integration: 'websdk-v2',
    level: 'restrictive',
    failmode: 'safe',
    guide: 'p.9 "If you do develop a custom fail safe behavior, please ensure that you thoroughly test"',
    outcome: 'opens',
    basis: 'configured',
    options: { ...restr, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ["application's own code", 'unintentional 2FA bypass'],
  },
  {
    integration: 'websdk-v4',
    level: 'most-restrictive',
    failmode: 'secure',
    guide: 'p.9 WebSDKv4 health check; fail secure remains the most secure option',
    outcome: 'closes',
    basis: 'configured',
    options: { ...most, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['DENIED access'],
  },
  {
    integration: 'websdk-v4',
    level: 'less-restrictive',
    failmode: 'unknown',
    guide: 'p.9 "If the application does not include checks … it will default to fail secure (closed)"',
    outcome: 'closes',
    basis: 'default',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['is not recorded', 'fails secure'],
  },
  {
    integration: 'azure-conditional-access',
    level: 'most-restrictive',
    failmode: 'none',
    guide: 'p.10 "Azure Conditional Access (CA) will fail closed if Azure\'s cloud service cannot reach Duo\'s cloud service"',
    outcome: 'closes',
    basis: 'fixed',
    options: { ...most, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['offers no failmode control and fails closed', 'Do not remove Duo'],
  },
  {
    integration: 'azure-conditional-access',
    level: 'less-restrictive',
    failmode: 'none',
    guide: 'p.10 "customers may need to consider removing the Duo 2FA requirement from the CA policy"',
    outcome: 'closes',
    basis: 'fixed',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['Conditional Access policy'],
  },
  {
    integration: 'windows-logon-rdp',
    level: 'less-restrictive',
    failmode: 'unknown',
    guide: 'SPEC §2.5 Windows Logon: default open',
    outcome: 'opens',
    basis: 'default',
    options: { ...open, 'primary-only': null, 'firewall-block': 'available' },
    unreachableHas: ['is not recorded', 'fails safe'],
  },
  {
    integration: 'custom',
    level: 'less-restrictive',
    failmode: 'unknown',
    guide: 'SPEC §2.4 CUSTOM_FAILOPEN_UNVERIFIED: the fail-open logic is the app\'s own',
    outcome: 'unknown',
    basis: 'default',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['has no documented default'],
  },
  {
    integration: 'lastpass',
    level: 'less-restrictive',
    failmode: 'none',
    guide: 'p.10 third-party integrations "may default to fail secure"',
    outcome: 'closes',
    basis: 'fixed',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['fails closed'],
  },
];

describe('runbook per integration family × level × failmode', () => {
  it.each(CASES)('$integration / $level / $failmode — guide $guide', (c) => {
    const { rb, assessment } = soloRunbook(c.integration, c.level, c.failmode);
    expect(assessment.restrictionLevel).toBe(c.level);
    expect(rb.facts.unreachable).toEqual({ outcome: c.outcome, basis: c.basis });
    expect(rb.facts.options).toEqual(c.options);

    // The seven sections of SPEC §2.6, in order.
    expect(rb.sections.map((s) => s.kind)).toEqual(['header', 'unreachable', 'degraded', 'integration', 'messages', 'when-to-message', 'revert']);
    const unreachable = sectionText(section(rb, 'unreachable'));
    for (const t of c.unreachableHas) expect(unreachable + sectionText(section(rb, 'integration'))).toContain(t);
    for (const t of c.absent ?? []) expect(runbookText(rb)).not.toContain(t);
    expect(unreachable).toContain('status.duo.com');

    // Every scenario lists exactly the options that apply, with the status of the facts.
    for (const sc of ALL_SCENARIOS) {
      for (const [id, status] of Object.entries(c.options) as [Opt, OptionStatus | null][]) {
        expect(option(rb, sc, id)?.status ?? null, `${sc}/${id}`).toBe(status);
      }
    }
  });
});

describe('degradation options (guide p.7–8)', () => {
  const ORDER: OptionId[] = ['other-method', 'policy-bypass', 'inform-users', 'bypass-groups', 'revert-config', 'primary-only', 'firewall-block'];

  it('lists the options in the guide\'s order, numbered 1…n, in every scenario', () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe');
    expect(optionIds(rb, 'auth-not-completing')).toEqual(['policy-bypass', 'inform-users', 'bypass-groups', 'revert-config', 'primary-only', 'firewall-block']);
    for (const sc of ALL_SCENARIOS) {
      const ids = optionIds(rb, sc);
      expect([...ids].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))).toEqual(ids);
      expect(options(rb, sc).map((o) => o.ordinal)).toEqual(ids.map((_, i) => i + 1));
    }
  });

  it('every usable option has How / What it does / Revert; a not-allowed one keeps only its reason', () => {
    for (const level of ['less-restrictive', 'most-restrictive'] as const) {
      const { rb } = soloRunbook('auth-proxy-radius', level, 'safe');
      for (const sc of ALL_SCENARIOS) {
        for (const o of options(rb, sc)) {
          if (o.status === 'not-allowed') {
            expect(o.how, o.option).toBe('');
            expect(o.statusNote, o.option).toBeTruthy();
          } else {
            expect(o.how, o.option).not.toBe('');
            expect(o.whatItDoes, o.option).not.toBe('');
            expect(o.revert, o.option).not.toBe('');
          }
        }
      }
    }
  });

  it('one method down: the first option is "use another method" with that scenario\'s message (guide p.11)', () => {
    const { rb } = soloRunbook('okta', 'less-restrictive', 'none');
    const expected = {
      'push-down': ['SMS or phone callbacks', 'problems with their push service', 'please use SMS or phone callbacks'],
      'sms-down': ['push or phone callbacks', 'problems with their SMS service', 'please use push or phone callbacks'],
      'phone-down': ['push or SMS', 'problems with their phone service', 'please use push or SMS'],
    } as const;
    for (const [sc, [alts, service, use]] of Object.entries(expected) as [keyof typeof expected, readonly [string, string, string]][]) {
      const first = options(rb, sc)[0];
      expect(first.option).toBe('other-method');
      expect(first.title).toContain(alts);
      const msg = first.blocks.find((b) => b.kind === 'message');
      expect(msg?.kind === 'message' && msg.body).toContain(service);
      expect(msg?.kind === 'message' && msg.body).toContain(use);
      expect(msg?.kind === 'message' && msg.body).toContain('App');
      expect(msg?.kind === 'message' && msg.subject).toContain('Authentication problems - In Progress');
    }
    expect(optionIds(rb, 'auth-not-completing')).not.toContain('other-method');
  });

  it('Primary Only Mode appears only for Auth Proxy RADIUS/LDAP configured fail safe (guide p.7)', () => {
    for (const integration of INTEGRATION_SLUGS) {
      for (const failmode of CONFIGURED_FAILMODES) {
        const { rb } = soloRunbook(integration, 'less-restrictive', failmode);
        const expected = (integration === 'auth-proxy-radius' || integration === 'auth-proxy-ldap') && failmode === 'safe';
        for (const sc of ALL_SCENARIOS) expect(optionIds(rb, sc).includes('primary-only'), `${integration}/${failmode}/${sc}`).toBe(expected);
      }
    }
  });

  it('Primary Only Mode: command, default 60 / max 240 minutes, Auth Proxy 2.14.0+, log line', () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe');
    const o = option(rb, 'auth-not-completing', 'primary-only');
    const text = o ? [o.how, o.whatItDoes, o.revert, ...o.blocks.flatMap((b) => (b.kind === 'code' ? b.lines : []))].join('\n') : '';
    expect(text).toContain('authproxy_primary_only -t 60');
    expect(text).toContain('authproxy --primary-only 60');
    expect(text).toContain('2.14.0');
    expect(text).toContain('240');
    expect(text).toContain('Primary Only Mode - Secondary authentication bypassed');
    expect(text).toContain('"fail safe"');
  });

  it('Primary Only Mode names the other fail-safe proxy apps it would open on a shared server', () => {
    const scene = {
      groups: [group('Staff')],
      apps: [
        app({ name: 'VPN', integration: 'auth-proxy-radius', configuredFailmode: 'safe' }),
        app({ name: 'Wifi', integration: 'auth-proxy-radius', configuredFailmode: 'safe' }),
        app({ name: 'Jump host', integration: 'auth-proxy-ldap', configuredFailmode: 'secure' }),
      ],
    };
    const { rb } = runbookOf(scene, 'VPN');
    expect(rb.facts.primaryOnlyNeighbours).toEqual(['Wifi']);
    expect(option(rb, 'auth-not-completing', 'primary-only')?.warnings.join(' ')).toContain('"Wifi"');
    expect(option(rb, 'auth-not-completing', 'primary-only')?.status).toBe('caution');
  });

  it('an unrecorded proxy failmode gets a note instead of the Primary Only Mode option', () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'unknown');
    expect(sectionText(section(rb, 'degraded'))).toContain('check authproxy.cfg before relying on it');
  });

  it('the Authentication Policy bypass appears only for paid editions (guide p.7)', () => {
    const a = app({ name: 'App', configuredFailmode: 'safe' });
    const paid = runbookOf(solo(a, [group('Staff')], { paidEdition: true }), 'App').rb;
    const free = runbookOf(solo(a, [group('Staff')], { paidEdition: false }), 'App').rb;
    for (const sc of ALL_SCENARIOS) {
      expect(optionIds(paid, sc)).toContain('policy-bypass');
      expect(optionIds(free, sc)).not.toContain('policy-bypass');
    }
    expect(free.facts.options['policy-bypass']).toBeNull();
    expect(sectionText(section(free, 'revert'))).not.toContain('Authentication Policy');
    expect(sectionText(section(paid, 'revert'))).toContain('bypass Authentication Policy');
  });

  it('never recommends the policy bypass for a most-restrictive app: shown as not allowed, without instructions', () => {
    const { rb } = soloRunbook('okta', 'most-restrictive', 'none');
    const o = option(rb, 'auth-not-completing', 'policy-bypass');
    expect(o?.status).toBe('not-allowed');
    expect(o?.statusNote).toContain('without exception');
    expect(o?.how).toBe('');
    expect(sectionText(section(rb, 'revert'))).not.toContain('Authentication Policy');
  });

  it('restrictive: the policy bypass is scoped to the groups allowed to bypass', () => {
    const scene = {
      groups: [group('Staff'), group('Doctors', true)],
      apps: [app({ name: 'Portal', integration: 'okta', configuredFailmode: 'none', groups: ['Staff', 'Doctors'] })],
    };
    const { rb, assessment } = runbookOf(scene, 'Portal');
    expect(assessment.restrictionLevel).toBe('restrictive');
    const o = option(rb, 'auth-not-completing', 'policy-bypass');
    expect(o?.status).toBe('caution');
    expect(o?.how).toContain('only for the groups "Staff"');
    expect(o?.how).toContain('"Doctors" must still pass 2FA');
  });
});

describe('bypass groups (guide p.3 and footnote)', () => {
  const scene = {
    groups: [group('Staff'), group('Contractors'), group('Doctors', true)],
    apps: [
      app({ name: 'Wiki', integration: 'okta', configuredFailmode: 'none', groups: ['Staff', 'Contractors', 'Doctors'] }),
      app({ name: 'EHR', integration: 'duo-sso', configuredFailmode: 'none', dataClasses: ['health'], groups: ['Staff'] }),
      app({ name: 'CRM', integration: 'onelogin', configuredFailmode: 'none', groups: ['Contractors'] }),
    ],
  };

  it('offers exactly assessment.bypassAllowedGroups, names the groups that must NOT be bypassed', () => {
    const { rb, assessment } = runbookOf(scene, 'Wiki');
    expect(assessment.bypassAllowedGroups).toEqual(['Contractors', 'Staff']);
    expect(assessment.bypassForbiddenGroups).toEqual(['Doctors']);
    const o = option(rb, 'auth-not-completing', 'bypass-groups');
    expect(o?.how).toContain('"Contractors" and "Staff"');
    expect(rb.facts.bypassReach.map((r) => r.group)).toEqual(assessment.bypassAllowedGroups);
    const text = o ? o.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])).join(' ') : '';
    expect(text).toContain('Must NOT be switched to bypass: "Doctors"');
  });

  it('carries the BYPASS_GROUP_SPANS_APPS warning inline, naming the most-restrictive app', () => {
    const { rb, assessment } = runbookOf(scene, 'Wiki');
    const spans = assessment.findings.filter((f) => f.code === 'BYPASS_GROUP_SPANS_APPS');
    expect(spans.map((f) => f.groups[0])).toEqual(['Staff']);
    const o = option(rb, 'auth-not-completing', 'bypass-groups');
    expect(o?.status).toBe('caution');
    expect(o?.warnings).toHaveLength(1);
    expect(o?.warnings[0]).toContain('"Staff"');
    expect(o?.warnings[0]).toContain('"EHR"');
    expect(o?.warnings[0]).toContain('First remove');
  });

  it('lists every other application each group would open', () => {
    const { rb } = runbookOf(scene, 'Wiki');
    const reach = Object.fromEntries(rb.facts.bypassReach.map((r) => [r.group, r.otherApplications.map((x) => x.name)]));
    expect(reach).toEqual({ Contractors: ['CRM'], Staff: ['EHR'] });
    const kv = option(rb, 'auth-not-completing', 'bypass-groups')?.blocks.find((b) => b.kind === 'keyValue');
    expect(kv?.kind === 'keyValue' && kv.rows.map((r) => [r.key, r.value])).toEqual([
      ['Contractors', '"CRM" (less restrictive)'],
      ['Staff', '"EHR" (most restrictive)'],
    ]);
  });

  it('most-restrictive: no group is switched to bypass', () => {
    const { rb, assessment } = runbookOf(scene, 'EHR');
    expect(assessment.bypassAllowedGroups).toEqual([]);
    const o = option(rb, 'auth-not-completing', 'bypass-groups');
    expect(o?.status).toBe('not-allowed');
    expect(o?.statusNote).toContain('should NOT be switched to "bypass" status');
    expect(sectionText(section(rb, 'revert'))).not.toContain('"Active"');
  });

  it('an app without groups says the bypass plan cannot be judged', () => {
    const { rb } = runbookOf(solo(app({ name: 'Lonely', groups: [] }), []), 'Lonely');
    expect(option(rb, 'auth-not-completing', 'bypass-groups')?.statusNote).toContain('No user group is recorded');
  });
});

describe('firewall block blast radius (guide p.8)', () => {
  const scene = {
    groups: [group('Staff')],
    apps: [
      app({ name: 'VPN', integration: 'auth-proxy-radius', configuredFailmode: 'safe' }),
      app({ name: 'Payroll', integration: 'auth-proxy-ldap', configuredFailmode: 'safe', dataClasses: ['financial'] }),
      app({ name: 'Linux', integration: 'duo-unix', configuredFailmode: 'unknown' }),
      app({ name: 'Portal', integration: 'duo-sso', configuredFailmode: 'none' }),
      app({ name: 'Files', integration: 'rd-web-gateway', configuredFailmode: 'secure' }),
      app({ name: 'Chat', integration: 'okta', configuredFailmode: 'none' }),
      app({ name: 'Azure apps', integration: 'azure-conditional-access', configuredFailmode: 'none' }),
    ],
  };

  it('names the other apps that would open, close, or are unknown', () => {
    const { rb } = runbookOf(scene, 'VPN');
    const names = (xs: { name: string }[]) => xs.map((x) => x.name);
    expect(names(rb.facts.firewall.opens)).toEqual(['Linux', 'Payroll']);
    expect(names(rb.facts.firewall.closes)).toEqual(['Azure apps', 'Files', 'Portal']);
    expect(names(rb.facts.firewall.unknown)).toEqual(['Chat']);
    expect(rb.facts.firewall.opens.find((x) => x.name === 'Linux')?.behaviour.basis).toBe('default');
  });

  it('renders the lists in the option, warns about restricted apps that open and Duo SSO', () => {
    const { rb } = runbookOf(scene, 'VPN');
    const o = option(rb, 'auth-not-completing', 'firewall-block');
    expect(o?.how).toContain('*.duo.com and *.duosecurity.com on TCP port 443');
    expect(o?.whatItDoes).toContain('"VPN" would OPEN');
    const kv = o?.blocks.find((b) => b.kind === 'keyValue');
    const rows = kv?.kind === 'keyValue' ? kv.rows.map((r) => r.value) : [];
    expect(rows[0]).toBe('"Linux" (less restrictive) (failmode not recorded; default), "Payroll" (most restrictive)');
    expect(rows[1]).toBe('"Azure apps" (less restrictive), "Files" (less restrictive), "Portal" (less restrictive)');
    expect(rows[2]).toBe('"Chat" (less restrictive)');
    expect(o?.warnings.join(' ')).toContain('would also open "Payroll"');
    expect(o?.warnings.join(' ')).toContain('"Portal" (Duo SSO) could not log in at all');
    expect(o?.status).toBe('caution');
    expect(option(rb, 'push-down', 'firewall-block')?.warnings.join(' ')).toContain('disproportionate');
  });

  it('leaves the runbook\'s own application out and matches the analysis function', () => {
    const { rb, all } = runbookOf(scene, 'Files');
    expect(rb.facts.firewall).toEqual(firewallBlastRadius({ applications: scene.apps, assessments: all }, 'Files'));
    expect([...rb.facts.firewall.opens, ...rb.facts.firewall.closes, ...rb.facts.firewall.unknown].map((x) => x.name)).not.toContain('Files');
  });

  it('unreachableBehaviour: no-control integrations ignore the recorded value', () => {
    expect(unreachableBehaviour({ integration: 'duo-sso', configuredFailmode: 'safe' })).toEqual({ outcome: 'closes', basis: 'fixed' });
    expect(unreachableBehaviour({ integration: 'duo-unix', configuredFailmode: 'none' })).toEqual({ outcome: 'opens', basis: 'default' });
    expect(unreachableBehaviour({ integration: 'oracle-access-manager', configuredFailmode: 'unknown' })).toEqual({ outcome: 'closes', basis: 'default' });
  });
});

describe('header, integration notes, messages, timing, revert', () => {
  it('header: app, owner, integration, level, failmodes, approval, generation time, fingerprint', () => {
    const a = app({ name: 'VPN', owner: 'Network team', configuredFailmode: 'safe', dataClasses: ['health'] });
    const { rb } = runbookOf(solo(a), 'VPN', { fingerprint: 'sha256:abc' });
    const kv = section(rb, 'header').blocks[0];
    expect(kv.kind).toBe('keyValue');
    const rows = kv.kind === 'keyValue' ? Object.fromEntries(kv.rows.map((r) => [r.key, r.value])) : {};
    expect(rows).toMatchObject({
      Application: 'VPN',
      Owner: 'Network team',
      Integration: 'Duo Authentication Proxy (RADIUS) (auth-proxy-radius)',
      'Restriction level': 'Most restrictive',
      'Failmode (configured vs recommended)': 'configured: Fail safe · recommended: Fail secure — differs',
      'Failmode review': 'approved',
      'Decided by': 'reviewer@example.com',
      'Decided at': '2026-01-10 12:00 UTC',
      'Valid until': '2026-07-09 12:00 UTC',
      Generated: '2026-03-02 09:30 UTC',
      'Inventory fingerprint': 'sha256:abc',
    });
    expect(rb.generatedAt).toBe(GENERATED_AT);
    // The engine's findings, with their fixes.
    const findings = section(rb, 'header').blocks.filter((b) => b.kind === 'finding').map((b) => (b.kind === 'finding' ? b.code : ''));
    expect(findings).toContain('FAILMODE_OPEN_ON_RESTRICTED');
  });

  it('header warns when the failmode choice is not approved and translates the stale reason', () => {
    const { rb } = runbookOf(solo(app({ name: 'A' })), 'A', {
      approval: { state: 'stale', reviewer: 'r@example.com', decidedAt: new Date('2026-01-01T00:00:00Z'), expiresAt: null, reason: 'inputs-changed' },
    });
    const text = sectionText(section(rb, 'header'));
    expect(text).toContain('stale (inputs changed since the decision)');
    expect(text).toContain('the inputs of the assessment changed after the decision');
    expect(rb.approval.decidedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('integration notes: catalog notes, how to set, DR removal, doc link; WebSDK v2 tests /auth/v2/ping and /auth/v2/check', () => {
    const { rb } = soloRunbook('websdk-v2', 'less-restrictive', 'none');
    const text = sectionText(section(rb, 'integration'));
    expect(text).toContain('/auth/v2/ping');
    expect(text).toContain('/auth/v2/check');
    expect(text).toContain('https://duo.com/docs/duoweb-v2');
    expect(text).toContain('no built-in mechanism to trigger failmode');
    const proxy = sectionText(section(soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe').rb, 'integration'));
    expect(proxy).toContain('authproxy.cfg');
    expect(proxy).not.toContain('/auth/v2/ping');
  });

  it('integration notes carry the inventory notes as plain text', () => {
    const { rb } = runbookOf(solo(app({ name: 'A', notes: 'Runs on host <b>vpn1</b>' })), 'A');
    expect(sectionText(section(rb, 'integration'))).toContain('Runs on host <b>vpn1</b>');
  });

  it('end-user messages: fail safe / fail secure / one method down, filled with the app name (guide p.11)', () => {
    const { rb } = runbookOf(solo(app({ name: 'Payroll' })), 'Payroll');
    const msgs = section(rb, 'messages').blocks.filter((b) => b.kind === 'message');
    expect(msgs.map((m) => (m.kind === 'message' ? m.variant : ''))).toEqual(['fail-safe', 'fail-secure', 'push-down', 'sms-down', 'phone-down']);
    const body = (v: string) => msgs.find((m) => m.kind === 'message' && m.variant === v);
    const safe = body('fail-safe');
    const secure = body('fail-secure');
    expect(safe?.kind === 'message' && safe.body).toContain('we are lifting the requirement of Duo two-factor authentication for Payroll');
    expect(secure?.kind === 'message' && secure.body).toContain('Due to the nature of data contained within Payroll, access will be denied until this problem is resolved.');
    expect(safe?.kind === 'message' && safe.subject).toBe('Authentication problems - In Progress (Payroll)');
    // Ids are unique and stable.
    const ids = msgs.map((m) => (m.kind === 'message' ? m.id : ''));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(`${runbookId('Payroll')}-msg-fail-safe`);
  });

  it('when to message: the guide\'s rules, tailored to criticality, and the 20-minute mark', () => {
    const text = (criticality: 'critical' | 'low') => sectionText(section(runbookOf(solo(app({ name: 'A', criticality })), 'A').rb, 'when-to-message'));
    const critical = text('critical');
    const low = text('low');
    for (const t of [critical, low]) {
      expect(t).toContain('11 a.m. on a weekday');
      expect(t).toContain('11 p.m. on a weekend');
      expect(t).toContain('last week of a quarter');
      expect(t).toContain('20 or more minutes');
      expect(t).toContain('Minute 20');
    }
    const first = (crit: 'critical' | 'low') => {
      const b = section(runbookOf(solo(app({ name: 'A', criticality: crit })), 'A').rb, 'when-to-message').blocks[0];
      return b.kind === 'paragraph' ? b : null;
    };
    expect(first('critical')?.text).toContain('message users immediately, regardless of the time, date or other factors');
    expect(first('critical')?.tone).toBe('danger');
    expect(first('low')?.text).toContain('unresolved for 20 minutes');
  });

  it('revert checklist: every temporary change the runbook can make, as checkbox steps', () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe');
    const steps = section(rb, 'revert').blocks.find((b) => b.kind === 'steps');
    const texts = steps?.kind === 'steps' ? steps.items.map((s) => s.text).join('\n') : '';
    expect(texts).toContain('Remove the temporary bypass Authentication Policy');
    expect(texts).toContain('Set bypass groups back to "Active" ("Staff")');
    expect(texts).toContain('Primary Only Mode ends by itself: verify');
    expect(texts).toContain('Remove the firewall rule');
    expect(texts).toContain('Restore the configuration');
    expect(texts).toContain('test login');
  });

  it('most-restrictive fail-secure app: the checklist only holds what may be done', () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'most-restrictive', 'secure');
    const texts = sectionText(section(rb, 'revert'));
    expect(texts).not.toContain('Authentication Policy');
    expect(texts).not.toContain('"Active"');
    expect(texts).not.toContain('Primary Only Mode');
    expect(texts).toContain('Remove the firewall rule');
  });
});

describe('German runbook (the German guide\'s terms and templates)', () => {
  const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe', 'de');
  const text = runbookText(rb);

  it('uses the established terms', () => {
    for (const term of ['Fail secure', 'Fail safe', 'Umgehung', 'Nur primärer Modus', 'Beeinträchtigung', 'Nichterreichbarkeit']) {
      expect(text).toContain(term);
    }
    expect(section(rb, 'degraded').title).toBe('Duo-Service beeinträchtigt (Failmode nicht aufgerufen)');
    expect(section(rb, 'unreachable').title).toBe('Duo-Service nicht erreichbar (Failmode aufgerufen)');
  });

  it('uses the German end-user templates, filled with the app name and the alternatives', () => {
    const msgs = section(rb, 'messages').blocks.flatMap((b) => (b.kind === 'message' ? [b] : []));
    const byVariant = Object.fromEntries(msgs.map((m) => [m.variant, m]));
    expect(byVariant['fail-safe'].subject).toBe('Authentifizierungsprobleme – in Bearbeitung (App)');
    expect(byVariant['fail-safe'].body).toContain('Als vorübergehende Problemumgehung heben wir die Anforderung der Zwei-Faktor-Authentifizierung von Duo für App auf.');
    expect(byVariant['fail-secure'].body).toBe(
      'Wir haben Probleme mit der Zwei-Faktor-Authentifizierung von Duo. Aufgrund der Art der in App enthaltenen Daten wird der Zugriff verweigert, bis dieses Problem behoben ist.',
    );
    expect(byVariant['push-down'].body).toContain('Duo meldet Probleme mit dem Push-Service. Verwenden Sie als temporäre Problemumgehung die SMS- oder Rückruffunktion');
    expect(byVariant['sms-down'].body).toContain('die Push- oder Rückruffunktion');
    expect(byVariant['phone-down'].body).toContain('Probleme mit dem Telefon-Service');
    expect(byVariant['phone-down'].body).toContain('die Push- oder SMS-Funktion');
  });

  it('uses the German timing rules and option wording', () => {
    const when = sectionText(section(rb, 'when-to-message'));
    expect(when).toContain('um 11.00 Uhr an einem Wochentag');
    expect(when).toContain('Ein Vorfall um 23 Uhr an einem Wochenende');
    expect(when).toContain('in der letzten Woche eines Quartals');
    expect(when).toContain('20 Minuten oder länger ungelöst');
    const degraded = sectionText(section(rb, 'degraded'));
    expect(degraded).toContain('Blockieren Sie *.duo.com und *.duosecurity.com auf dem TCP-Port 443');
    expect(degraded).toContain('Die Funktion Nur primärer Modus des Duo Authentication Proxy verwenden');
    expect(degraded).toContain('in der Regel innerhalb von 30 Minuten behoben');
  });

  it('has the same structure as the English runbook', () => {
    const en = soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe', 'en').rb;
    const shape = (r: typeof rb) => r.sections.map((s) => [s.id, s.subsections.map((x) => [x.id, x.blocks.map((b) => b.kind)])]);
    expect(shape(rb)).toEqual(shape(en));
    expect(rb.facts).toEqual(en.facts);
    expect(text).not.toContain('What it does');
    expect(text).not.toContain('users are');
  });
});

describe('purity and ids', () => {
  it('is deterministic: the same input gives the same runbook', () => {
    const a = soloRunbook('okta', 'restrictive', 'none').rb;
    const b = soloRunbook('okta', 'restrictive', 'none').rb;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('keeps user text verbatim (plain text) in the model', () => {
    const name = '<script>alert(1)</script> [x](javascript:alert(1))';
    const { rb } = runbookOf(solo(app({ name, owner: '=HYPERLINK("http://evil")' })), name);
    expect(rb.application.name).toBe(name);
    expect(rb.application.owner).toBe('=HYPERLINK("http://evil")');
    expect(rb.title).toBe(`DR runbook: ${name}`);
  });

  it('anchor ids are ASCII and differ for names that slugify alike', () => {
    expect(runbookId('Payroll (EU)')).toMatch(/^rb-payroll-eu-[0-9a-f]{8}$/);
    expect(runbookId('Payroll EU')).not.toBe(runbookId('Payroll (EU)'));
    expect(runbookId('„Ärzte“ <b>')).toMatch(/^rb-[a-z0-9-]+$/);
    expect(runbookId('')).toMatch(/^rb-[0-9a-f]{8}$/);
  });

  it('works for an application that is not part of the inventory lists', () => {
    const a = app({ name: 'Solo' });
    const { assessment } = runbookOf(solo(a), 'Solo');
    const rb = buildRunbook({
      application: a,
      assessment,
      inventory: { applications: [], assessments: [] },
      policy: { paidEdition: true },
      approval: { state: 'unreviewed', reviewer: null, decidedAt: null, expiresAt: null },
      generatedAt: GENERATED_AT,
      fingerprint: 'x',
      lang: 'en',
    });
    expect(rb.facts.firewall).toEqual({ opens: [], closes: [], unknown: [] });
    expect(scenario(rb, 'auth-not-completing').blocks.length).toBeGreaterThan(1);
  });

  it('buildRunbooks: one runbook per application, in inventory order, unreviewed by default', () => {
    const apps = [app({ name: 'B' }), app({ name: 'A', integration: 'okta', configuredFailmode: 'none' })];
    const assessed = assessInventory({ groups: [group('Staff')], applications: apps }, DEFAULT_POLICY);
    const rbs = buildRunbooks({
      applications: apps,
      assessments: assessed.applications,
      policy: DEFAULT_POLICY,
      approvalOf: (n) => (n === 'A' ? { state: 'rejected', reviewer: 'r', decidedAt: null, expiresAt: null } : undefined),
      fingerprintOf: (n) => `fp-${n}`,
      generatedAt: GENERATED_AT,
      lang: 'de',
    });
    expect(rbs.map((r) => [r.application.name, r.approval.state, r.fingerprint, r.lang])).toEqual([
      ['B', 'unreviewed', 'fp-B', 'de'],
      ['A', 'rejected', 'fp-A', 'de'],
    ]);
    expect(rbs[0].facts.firewall.unknown.map((x) => x.name)).toEqual(['A']);
  });
});
