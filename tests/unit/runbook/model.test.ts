// The runbook model (SPEC §2.6) against the guide: which sections, texts and degradation options appear
// for each integration family × restriction level × failmode. Inputs go through the real rules engine.
import { describe, expect, it } from 'vitest';
import { buildRunbook, buildRunbooks, runbookId } from '../../../lib/domain/runbook/model';
import { assessInventory } from '../../../lib/domain/assess';
import { DEFAULT_POLICY } from '../../../lib/domain/types';
import { CATALOG } from '../../../lib/domain/catalog';
import { firewallBlastRadius, unreachableBehaviour } from '../../../lib/domain/runbook/analysis';
import type { OptionBlock, OptionId, OptionStatus, UnreachableBasis, UnreachableOutcome } from '../../../lib/domain/runbook/types';
import type { ConfiguredFailmode, IntegrationSlug, RestrictionLevel } from '../../../lib/domain/types';
import { CONFIGURED_FAILMODES, INTEGRATION_SLUGS } from '../../../lib/domain/types';
import type { ApplicationInput } from '../../../lib/domain/types';
import {
  ALL_SCENARIOS,
  GENERATED_AT,
  app,
  cell,
  group,
  option,
  optionIds,
  options,
  runbookOf,
  runbookText,
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
  // Restrictive (some-groups mandate): one group flagged "always 2FA", so the other one may be bypassed
  // (without a flagged group no group is bypassable: MANDATED_GROUPS_UNFLAGGED).
  const groups = level === 'restrictive' ? ['Staff', 'Admins'] : ['Staff'];
  const a = app({ name: 'App', integration, configuredFailmode: failmode, ...atLevel(level), groups });
  return runbookOf(solo(a, [group('Staff'), group('Admins', true)]), 'App', { lang });
}

/** Fail safe setting: only where the integration has a setting; allowed for less-restrictive apps only (guide p.3). */
function switchStatus(integration: IntegrationSlug, level: RestrictionLevel): OptionStatus | null {
  if (CATALOG[integration].failmodeControl !== 'setting') return null;
  return level === 'less-restrictive' ? 'available' : 'not-allowed';
}

type Opt = Exclude<OptionId, 'other-method' | 'inform-users' | 'switch-failmode'>;

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

const CASES: Case[] = [
  {
    integration: 'auth-proxy-radius',
    level: 'less-restrictive',
    failmode: 'safe',
    guide:
      'p.6 "Fail safe … users will be ALLOWED access to Duo-protected applications if they pass primary authentication"; p.12 fail safe log example',
    outcome: 'opens',
    basis: 'configured',
    options: { ...open, 'primary-only': 'available', 'firewall-block': 'available' },
    // Only the lines to expect for the recorded failmode (both Auth Proxy versions), and what the others mean.
    unreachableHas: [
      'ALLOWED access',
      PROXY_SAFE,
      PROXY_SAFE_OLD,
      'authevents.log',
      '"Denied … " lines mean the section actually fails secure',
    ],
  },
  {
    integration: 'auth-proxy-radius',
    level: 'most-restrictive',
    failmode: 'secure',
    guide:
      'p.6 "Fail secure … users will be DENIED access … even if they pass primary authentication"; p.3 most restrictive: users and groups should NOT be switched to bypass',
    outcome: 'closes',
    basis: 'configured',
    options: { ...most, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['DENIED access', PROXY_SECURE, 'authevents.log', 'Do not remove Duo'],
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
    // absent means safe: Primary Only Mode would act, but check authproxy.cfg first (caution)
    options: { ...open, 'primary-only': 'caution', 'firewall-block': 'available' },
    unreachableHas: ['is not recorded', 'fails safe', 'check authproxy.cfg before relying on it'],
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
    guide: "SPEC §2.4 CUSTOM_FAILOPEN_UNVERIFIED: the fail-open logic is the app's own",
    outcome: 'unknown',
    basis: 'default',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['has no documented default'],
  },
  {
    integration: 'lastpass',
    level: 'less-restrictive',
    failmode: 'none',
    guide:
      'p.10 third-party integrations "may default to fail secure"; p.9 LastPass trusted devices (issue 12 #6: say what is known, and what to check)',
    outcome: 'closes',
    basis: 'fixed',
    options: { ...open, 'primary-only': null, 'firewall-block': 'caution' },
    unreachableHas: ['may default to fail secure: expect users to be DENIED', 'confirm with the vendor', 'may keep access'],
    absent: ['fails closed: users are DENIED'],
  },
];

describe('runbook per integration family × level × failmode', () => {
  it.each(CASES)('$integration / $level / $failmode — guide $guide', (c) => {
    const { rb, assessment } = soloRunbook(c.integration, c.level, c.failmode);
    expect(assessment.restrictionLevel).toBe(c.level);
    expect(rb.facts.unreachable).toEqual({ outcome: c.outcome, basis: c.basis });
    expect(rb.facts.options).toEqual({ ...c.options, 'switch-failmode': switchStatus(c.integration, c.level) });

    // Page 1 the first-response card, then the sections of SPEC §2.6, each option described once.
    expect(rb.sections.map((s) => s.kind)).toEqual([
      'first-response',
      'header',
      'unreachable',
      'degraded',
      'options',
      'integration',
      'messages',
      'when-to-message',
      'revert',
    ]);
    const unreachable = sectionText(section(rb, 'unreachable'));
    // What to do while Duo is unreachable: the card, the section, the options it names, the notes.
    const unreachableAll = [
      unreachable,
      ...(['first-response', 'options', 'integration'] as const).map((k) => sectionText(section(rb, k))),
    ].join('\n');
    for (const t of c.unreachableHas) expect(unreachableAll).toContain(t);
    for (const t of c.absent ?? []) expect(runbookText(rb)).not.toContain(t);
    expect(sectionText(section(rb, 'first-response'))).toContain('status.duo.com');

    // An option is described (once) iff it is usable in some scenario; a not-allowed one never is, and
    // its matrix cells say so; a usable one carries its status where it has an effect.
    const described = new Set(
      section(rb, 'options')
        .blocks.filter((b) => b.kind === 'option')
        .map((b) => (b as { option: OptionId }).option),
    );
    for (const [id, status] of Object.entries(c.options) as [Opt, OptionStatus | null][]) {
      const row = rb.facts.matrix.find((r) => r.option === id);
      if (status === null) {
        expect(described.has(id), id).toBe(false);
        continue;
      }
      if (status === 'not-allowed') expect(described.has(id), id).toBe(false);
      for (const sc of ALL_SCENARIOS) {
        const cell = row?.cells[sc];
        if (cell?.applies) expect(cell.status, `${sc}/${id}`).toBe(status);
      }
    }
  });
});

describe('degradation options (guide p.7–8)', () => {
  const ORDER: OptionId[] = [
    'other-method',
    'switch-failmode',
    'policy-bypass',
    'inform-users',
    'bypass-groups',
    'revert-config',
    'primary-only',
    'firewall-block',
  ];

  it("describes each usable option once, numbered 1…n in the guide's order; the matrix and the card use the same numbers", () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe');
    const described = section(rb, 'options').blocks.filter((b): b is OptionBlock => b.kind === 'option');
    const ids = described.map((o) => o.option);
    // Informing users is the card's message column and the messages section, not an option box.
    expect(ids).toEqual(['other-method', 'policy-bypass', 'bypass-groups', 'revert-config', 'primary-only', 'firewall-block']);
    expect([...ids].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))).toEqual(ids);
    expect(described.map((o) => o.ordinal)).toEqual(ids.map((_, i) => i + 1));
    expect(new Set(ids).size).toBe(ids.length);
    // no scenario sections with near-copies of the options any more
    expect(runbookText(rb).match(/Manually or bulk update users/g)).toHaveLength(1);
    const card = sectionText(section(rb, 'first-response'));
    expect(card).toContain('2 Policy bypass');
    expect(card).toContain('5 Primary Only Mode');
  });

  it('every described option has How / What it does; undoing it is said once, in the revert checklist (Primary Only Mode and the firewall block keep theirs)', () => {
    for (const level of ['less-restrictive', 'restrictive', 'most-restrictive'] as const) {
      const { rb } = soloRunbook('auth-proxy-radius', level, 'safe');
      for (const o of section(rb, 'options').blocks.filter((b): b is OptionBlock => b.kind === 'option')) {
        expect(o.status, o.option).not.toBe('not-allowed');
        expect(o.how, o.option).not.toBe('');
        expect(o.whatItDoes, o.option).not.toBe('');
        if (o.option === 'primary-only' || o.option === 'firewall-block') expect(o.revert, o.option).not.toBe('');
        else expect(o.revert, o.option).toBe('');
      }
    }
  });

  it('one method down: "use another method" comes first and points at the three method messages (guide p.11)', () => {
    const { rb } = soloRunbook('okta', 'less-restrictive', 'none');
    for (const sc of ['push-down', 'sms-down', 'phone-down'] as const) expect(options(rb, sc)[0]?.option).toBe('other-method');
    expect(optionIds(rb, 'auth-not-completing')).not.toContain('other-method');
    const expected = {
      'push-down': ['problems with their push service', 'please use SMS or phone callbacks'],
      'sms-down': ['problems with their SMS service', 'please use push or phone callbacks'],
      'phone-down': ['problems with their phone service', 'please use push or SMS'],
    } as const;
    const messages = section(rb, 'messages').blocks;
    for (const [variant, texts] of Object.entries(expected)) {
      const m = messages.find((b) => b.kind === 'message' && b.variant === variant);
      for (const t of texts) expect(m?.kind === 'message' && m.body).toContain(t);
      expect(m?.kind === 'message' && m.subject).toContain('Authentication problems - In Progress');
    }
  });

  it('Primary Only Mode is offered only for Auth Proxy RADIUS/LDAP sections that fail safe (recorded, or absent = safe); never for fail secure (Duo Auth Proxy source: duoauthproxy/lib/duo_async.py should_server_fail_open)', () => {
    for (const integration of INTEGRATION_SLUGS) {
      for (const failmode of CONFIGURED_FAILMODES) {
        const { rb } = soloRunbook(integration, 'less-restrictive', failmode);
        const proxy = integration === 'auth-proxy-radius' || integration === 'auth-proxy-ldap';
        const expected = proxy && failmode !== 'secure';
        for (const sc of ALL_SCENARIOS)
          expect(optionIds(rb, sc).includes('primary-only'), `${integration}/${failmode}/${sc}`).toBe(expected);
        // while Duo is unreachable a fail-safe section lets users in anyway: nothing to gain
        expect(optionIds(rb, 'unreachable').includes('primary-only'), `${integration}/${failmode}`).toBe(false);
        if (proxy && failmode === 'secure')
          expect(cell(rb, 'auth-not-completing', 'primary-only')).toEqual({ applies: false, reason: 'fails-secure' });
      }
    }
  });

  it('Primary Only Mode: the proxy STOPS at expiry — wrapper commands for Windows and Linux, expiry to write down, restart commands (Duo Auth Proxy source: primary_only_manager.py, usr/local/bin/authproxy_primary_only)', () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe');
    const o = option(rb, 'auth-not-completing', 'primary-only');
    const text = o
      ? [
          o.how,
          o.whatItDoes,
          o.revert,
          ...o.blocks.flatMap((b) => (b.kind === 'code' ? b.lines : b.kind === 'paragraph' ? [b.text] : [])),
        ].join('\n')
      : '';
    expect(text).toContain('"C:\\Program Files (x86)\\Duo Security Authentication Proxy\\bin\\authproxy_primary_only" -t 60');
    expect(text).toContain('/opt/duoauthproxy/bin/authproxy_primary_only -t 60');
    expect(text).toContain('net start duoauthproxy');
    expect(text).toContain('/opt/duoauthproxy/bin/authproxyctl start');
    expect(text).toContain('Primary only mode has expired. Stopping proxy');
    expect(text).toContain('Primary Only Mode - Secondary authentication bypassed');
    expect(text).toMatch(/stops the service, runs the proxy without Duo for 60 minutes \(at most 240\)/);
    expect(text).toMatch(/the proxy stops at __:__/);
    expect(text).toContain('2.14.0');
    expect(runbookText(rb)).not.toMatch(/ends by itself/i);
    // every command printed is one seen in Duo's source: no bare authproxy_primary_only without a path, no invented flag
    for (const line of o!.blocks.flatMap((b) => (b.kind === 'code' && b.role === 'command' ? b.lines : []))) {
      expect(line).toMatch(
        /^("C:\\Program Files \(x86\)\\Duo Security Authentication Proxy\\bin\\authproxy_primary_only" -t 60|\/opt\/duoauthproxy\/bin\/authproxy_primary_only -t 60|net start duoauthproxy|\/opt\/duoauthproxy\/bin\/authproxyctl start)$/,
      );
    }
    expect(sectionText(section(rb, 'revert'))).toContain('the proxy stopped at expiry');
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

  it('an unrecorded proxy failmode: Primary Only Mode with care and a note to check authproxy.cfg', () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'unknown');
    const o = option(rb, 'auth-not-completing', 'primary-only');
    expect(o?.status).toBe('caution');
    expect(o?.warnings.join(' ')).toContain('check authproxy.cfg before relying on it');
  });

  it('Auth Proxy removal for a fail-secure or most-restrictive section never says "run Primary Only Mode" (issue 12 #3)', () => {
    for (const [level, failmode] of [
      ['restrictive', 'secure'],
      ['most-restrictive', 'secure'],
      ['less-restrictive', 'secure'],
    ] as const) {
      const { rb } = soloRunbook('auth-proxy-radius', level, failmode);
      const text = runbookText(rb);
      expect(text, `${level}/${failmode}`).not.toMatch(/Run Primary Only Mode/);
      expect(optionIds(rb, 'auth-not-completing')).not.toContain('primary-only');
    }
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'secure');
    expect(option(rb, 'auth-not-completing', 'revert-config')?.how).toContain('primary authentication server');
  });

  it('a configurable app that fails secure where fail safe is allowed: switching its failmode is offered while Duo is unreachable (issue 12 #4)', () => {
    const { rb } = soloRunbook('duo-unix', 'less-restrictive', 'secure');
    const o = option(rb, 'unreachable', 'switch-failmode');
    expect(o?.how).toContain('failmode = safe|secure');
    expect(o?.how).toContain('/etc/duo/pam_duo.conf');
    expect(cell(rb, 'auth-not-completing', 'switch-failmode')).toEqual({ applies: false, reason: 'failmode-not-invoked' });
    // not where the level requires fail secure
    expect(optionIds(soloRunbook('duo-unix', 'restrictive', 'secure').rb, 'unreachable')).not.toContain('switch-failmode');
    // not where it fails safe already
    expect(cell(soloRunbook('duo-unix', 'less-restrictive', 'safe').rb, 'unreachable', 'switch-failmode')).toEqual({
      applies: false,
      reason: 'already-safe',
    });
  });

  it('offers only options that can have an effect: no policy bypass while Duo is unreachable for Duo SSO, Azure CA, LastPass, DNG (issue 12 #2)', () => {
    for (const integration of ['duo-sso', 'azure-conditional-access', 'lastpass', 'duo-network-gateway'] as const) {
      const { rb } = soloRunbook(integration, 'less-restrictive', 'none');
      expect(optionIds(rb, 'unreachable'), integration).not.toContain('policy-bypass');
      expect(optionIds(rb, 'auth-not-completing'), integration).toContain('policy-bypass');
      expect(sectionText(section(rb, 'degraded'))).toMatch(
        integration === 'duo-sso' ? /impossible: Duo SSO does the primary login too/ : /no effect: no login without Duo/,
      );
    }
  });

  it('the firewall block is never offered where it can only lock users out (issue 12 #2)', () => {
    for (const sc of [...ALL_SCENARIOS, 'unreachable'] as const) {
      expect(optionIds(soloRunbook('auth-proxy-radius', 'less-restrictive', 'secure').rb, sc)).not.toContain('firewall-block');
      expect(optionIds(soloRunbook('okta', 'less-restrictive', 'none').rb, sc)).not.toContain('firewall-block');
    }
    expect(cell(soloRunbook('auth-proxy-radius', 'less-restrictive', 'secure').rb, 'push-down', 'firewall-block')).toEqual({
      applies: false,
      reason: 'fails-secure',
    });
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

  it('never recommends the policy bypass for a most-restrictive app: the matrix says not allowed, no instructions', () => {
    const { rb } = soloRunbook('okta', 'most-restrictive', 'none');
    expect(option(rb, 'auth-not-completing', 'policy-bypass')).toBeUndefined();
    expect(cell(rb, 'auth-not-completing', 'policy-bypass')).toEqual({ applies: true, status: 'not-allowed' });
    expect(sectionText(section(rb, 'degraded'))).toContain('not allowed (level)');
    expect(sectionText(section(rb, 'options'))).not.toContain('Authentication Policy');
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
    // "Staff" also reaches the most-restrictive EHR: it is not offered as is (see the next test)
    expect(o?.how).toContain('Groups allowed for this application: "Contractors".');
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
    expect(o?.warnings[0]).toContain('only after removing its access');
    // the overview names the conflict where the bypass groups stand (issue 12: not pages later)
    const kv = section(rb, 'header').blocks.find((b) => b.kind === 'keyValue');
    const rows = kv?.kind === 'keyValue' ? Object.fromEntries(kv.rows.map((r) => [r.key, r.value])) : {};
    expect(rows['May be switched to bypass (degradation)']).toBe('"Contractors"');
    expect(rows['Bypass only after removing access elsewhere']).toContain('"Staff": bypass would also skip 2FA on "EHR"');
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
    expect(option(rb, 'auth-not-completing', 'bypass-groups')).toBeUndefined();
    expect(cell(rb, 'auth-not-completing', 'bypass-groups')).toEqual({ applies: true, status: 'not-allowed' });
    expect(sectionText(section(rb, 'revert'))).not.toContain('"Active"');
  });

  it('an app without groups says the bypass plan cannot be judged', () => {
    const { rb } = runbookOf(solo(app({ name: 'Lonely', groups: [] }), []), 'Lonely');
    expect(cell(rb, 'auth-not-completing', 'bypass-groups')).toEqual({ applies: false, reason: 'no-groups' });
    expect(sectionText(section(rb, 'header'))).toContain('"Lonely" lists no user group');
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
    expect(names(rb.facts.firewall.closes)).toEqual(['Files']);
    expect(names(rb.facts.firewall.unknown)).toEqual([]);
    // cloud-to-cloud: your egress block invokes no failmode there (issue 12 #2)
    expect(names(rb.facts.firewall.cloud)).toEqual(['Azure apps', 'Chat', 'Portal']);
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
    expect(rows[1]).toBe('"Files" (less restrictive)');
    expect(rows[2]).toBe('none');
    expect(rows[3]).toBe('"Azure apps" (less restrictive), "Chat" (less restrictive), "Portal" (less restrictive)');
    expect(o?.warnings.join(' ')).toContain('would also open "Payroll"');
    expect(o?.warnings.join(' ')).toContain('"Portal" (Duo SSO) could not log in at all');
    expect(o?.status).toBe('caution');
    expect(o?.warnings.join(' ')).toContain('disproportionate');
  });

  it("leaves the runbook's own application out and matches the analysis function", () => {
    const { rb, all } = runbookOf(scene, 'Files');
    expect(rb.facts.firewall).toEqual(firewallBlastRadius({ applications: scene.apps, assessments: all }, 'Files'));
    expect(
      [...rb.facts.firewall.opens, ...rb.facts.firewall.closes, ...rb.facts.firewall.unknown, ...rb.facts.firewall.cloud].map(
        (x) => x.name,
      ),
    ).not.toContain('Files');
  });

  it('unreachableBehaviour: no-control integrations ignore the recorded value', () => {
    expect(unreachableBehaviour({ integration: 'duo-sso', configuredFailmode: 'safe' })).toEqual({ outcome: 'closes', basis: 'fixed' });
    expect(unreachableBehaviour({ integration: 'duo-unix', configuredFailmode: 'none' })).toEqual({ outcome: 'opens', basis: 'default' });
    expect(unreachableBehaviour({ integration: 'oracle-access-manager', configuredFailmode: 'unknown' })).toEqual({
      outcome: 'closes',
      basis: 'default',
    });
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
      Owner: 'Network team',
      Integration: 'Duo Authentication Proxy (RADIUS) (auth-proxy-radius)',
      'Restriction level': 'Most restrictive · Medium',
      'Failmode (configured vs recommended)': 'configured: Fail safe · recommended: Fail secure — differs',
      'Failmode review': 'approved',
      'Decided by': 'reviewer@example.com',
      'Decided at': '2026-01-10 12:00 UTC',
      'Valid until': '2026-07-09 12:00 UTC',
      Generated: '2026-03-02 09:30 UTC · Inventory fingerprint sha256:abc',
    });
    expect(rb.generatedAt).toBe(GENERATED_AT);
    // The engine's findings, with their fixes.
    const findings = section(rb, 'header')
      .blocks.filter((b) => b.kind === 'finding')
      .map((b) => (b.kind === 'finding' ? b.code : ''));
    expect(findings).toContain('FAILMODE_OPEN_ON_RESTRICTED');
  });

  it('header: on-call contact and escalation (issue 18), in English and German; the card calls the on-call contact', () => {
    const a = app({
      name: 'VPN',
      owner: 'Network team',
      onCallContact: 'NOC rota +49 30 1234 5678',
      escalation: 'Duty manager after 15 min',
    });
    const rowsOf = (lang: 'en' | 'de', kind: 'header' | 'first-response') => {
      const kv = section(runbookOf(solo(a), 'VPN', { lang }).rb, kind).blocks[0];
      return kv.kind === 'keyValue' ? Object.fromEntries(kv.rows.map((r) => [r.key, r.value])) : {};
    };
    expect(rowsOf('en', 'header')).toMatchObject({
      Owner: 'Network team',
      'On call': 'NOC rota +49 30 1234 5678',
      Escalation: 'Duty manager after 15 min',
    });
    expect(rowsOf('de', 'header')).toMatchObject({
      Verantwortlich: 'Network team',
      Bereitschaft: 'NOC rota +49 30 1234 5678',
      Eskalation: 'Duty manager after 15 min',
    });
    expect(rowsOf('en', 'first-response')).toMatchObject({ 'Call (on call)': 'NOC rota +49 30 1234 5678' });
    expect(rowsOf('de', 'first-response')).toMatchObject({ 'Anrufen (Bereitschaft)': 'NOC rota +49 30 1234 5678' });
    // Without contacts the header says so and the card calls the owner.
    const none = runbookOf(solo(app({ name: 'B', owner: 'Ops' })), 'B').rb;
    const kv = section(none, 'header').blocks[0];
    expect(kv.kind === 'keyValue' ? kv.rows.filter((r) => r.key === 'On call' || r.key === 'Escalation').map((r) => r.value) : []).toEqual([
      'not recorded',
      'not recorded',
    ]);
    const card = section(none, 'first-response').blocks[0];
    expect(card.kind === 'keyValue' ? card.rows[0] : null).toMatchObject({ key: 'Call (owner)', value: 'Ops' });
  });

  it('header warns when the failmode choice is not approved and translates the stale reason', () => {
    const { rb } = runbookOf(solo(app({ name: 'A' })), 'A', {
      approval: {
        state: 'stale',
        reviewer: 'r@example.com',
        decidedAt: new Date('2026-01-01T00:00:00Z'),
        expiresAt: null,
        reason: 'inputs-changed',
      },
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
    expect(msgs.map((m) => (m.kind === 'message' ? m.variant : ''))).toEqual([
      'fail-safe',
      'fail-secure',
      'push-down',
      'sms-down',
      'phone-down',
    ]);
    const body = (v: string) => msgs.find((m) => m.kind === 'message' && m.variant === v);
    const safe = body('fail-safe');
    const secure = body('fail-secure');
    expect(safe?.kind === 'message' && safe.body).toContain('we are lifting the requirement of Duo two-factor authentication for Payroll');
    expect(secure?.kind === 'message' && secure.body).toContain(
      'Due to the nature of data contained within Payroll, access will be denied until this problem is resolved.',
    );
    expect(safe?.kind === 'message' && safe.subject).toBe('Authentication problems - In Progress (Payroll)');
    // Ids are unique and stable.
    const ids = msgs.map((m) => (m.kind === 'message' ? m.id : ''));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe(`${runbookId('Payroll')}-msg-fail-safe`);
  });

  it("when to message: the guide's rules, tailored to criticality, and the 20-minute mark", () => {
    const text = (criticality: 'critical' | 'low') =>
      sectionText(section(runbookOf(solo(app({ name: 'A', criticality })), 'A').rb, 'when-to-message'));
    const critical = text('critical');
    const low = text('low');
    for (const t of [critical, low]) {
      expect(t).toContain('11 a.m. on a weekday');
      expect(t).toContain('11 p.m. on a weekend');
      expect(t).toContain('last week of a quarter');
      expect(t).toContain('20 or more minutes');
      // considerations, not a timetable (issue 12 #8)
      expect(t).toContain('considerations, not a timetable');
      expect(t).not.toContain('Minute 20');
      expect(t).toContain('regardless of the time of day');
    }
    expect(critical).toContain('may require immediate messaging regardless of the time, date or other factors');
    expect(low).toContain("your organisation's threshold is 20 minutes");
    // the threshold is the organisation's policy
    const custom = runbookOf(solo(app({ name: 'A', criticality: 'low' }), [group('Staff')], { messagingThresholdMinutes: 45 }), 'A').rb;
    expect(sectionText(section(custom, 'when-to-message'))).toContain('unresolved for 45 or more minutes');
    expect(sectionText(section(custom, 'first-response'))).toContain('messaging: 45 minutes');
  });

  it('revert checklist: every temporary change the runbook can make, as checkbox steps', () => {
    const { rb } = soloRunbook('auth-proxy-radius', 'less-restrictive', 'safe');
    const steps = section(rb, 'revert').blocks.find((b) => b.kind === 'steps');
    const texts = steps?.kind === 'steps' ? steps.items.map((s) => s.text).join('\n') : '';
    expect(texts).toContain('Remove the temporary bypass Authentication Policy');
    expect(texts).toContain('Set bypass groups back to "Active" ("Staff")');
    expect(texts).toContain('Primary Only Mode: the service runs normally again (the proxy stopped at expiry; start commands in option 5)');
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
    // a fail-secure app: the block would only lock users out, so there is no rule to remove
    expect(texts).not.toContain('Remove the firewall rule');
  });
});

describe("German runbook (the German guide's terms and templates)", () => {
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
    expect(byVariant['fail-safe'].body).toContain(
      'Als vorübergehende Problemumgehung heben wir die Anforderung der Zwei-Faktor-Authentifizierung von Duo für App auf.',
    );
    expect(byVariant['fail-secure'].body).toBe(
      'Wir haben Probleme mit der Zwei-Faktor-Authentifizierung von Duo. Aufgrund der Art der in App enthaltenen Daten wird der Zugriff verweigert, bis dieses Problem behoben ist.',
    );
    expect(byVariant['push-down'].body).toContain(
      'Duo meldet Probleme mit dem Push-Service. Verwenden Sie als temporäre Problemumgehung die SMS- oder Rückruffunktion',
    );
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
    const degraded = sectionText(section(rb, 'degraded')) + sectionText(section(rb, 'options'));
    expect(degraded).toContain('Blockieren Sie *.duo.com und *.duosecurity.com auf dem TCP-Port 443');
    expect(degraded).toContain('Die Funktion „Nur primärer Modus“ des Duo Authentication Proxy verwenden');
    expect(degraded).toContain('in der Regel innerhalb von 30 Minuten behoben');
    // issue 12 #9: no "Gruppenrichtlinie" (reads as a Windows GPO), no "Niemals „X“." fragment, no "den Nur primären Modus"
    const all = runbookText(rb);
    expect(all).not.toContain('Gruppenrichtlinie');
    expect(all).not.toMatch(/Niemals „/);
    expect(all).not.toContain('Nur primären Modus');
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
    expect(rb.facts.firewall).toEqual({ opens: [], closes: [], unknown: [], cloud: [] });
    expect(section(rb, 'options').blocks.length).toBeGreaterThan(1);
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
    expect(rbs[0].facts.firewall.cloud.map((x) => x.name)).toEqual(['A']);
  });
});
