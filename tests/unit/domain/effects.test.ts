// lib/domain/effects.ts is the one answer to "does action X change outcome Y for this app in scenario
// S?" (issue 12 #2). This table test runs every integration × scenario × action × configured failmode
// through actionEffect and through the simulator, and requires the same answer; then it pins the
// readings of the guide and of Duo's Auth Proxy source that the answer rests on.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/domain/catalog';
import type { EffectAction, EffectScenario } from '../../../lib/domain/effects';
import { actionEffect, EFFECT_ACTIONS, EFFECT_SCENARIOS } from '../../../lib/domain/effects';
import type { SimulationAction } from '../../../lib/domain/simulator';
import { simulate } from '../../../lib/domain/simulator';
import type { ApplicationInput, ConfiguredFailmode, IntegrationSlug } from '../../../lib/domain/types';
import { INTEGRATION_SLUGS } from '../../../lib/domain/types';

const FAILMODES: ConfiguredFailmode[] = ['safe', 'secure', 'none', 'unknown'];

function app(integration: IntegrationSlug, configuredFailmode: ConfiguredFailmode): ApplicationInput {
  return {
    name: 'App',
    integration,
    dataClasses: [],
    mfaMandate: 'none',
    criticality: 'medium',
    configuredFailmode,
    groups: ['Staff'],
  };
}

function simAction(action: EffectAction): SimulationAction {
  switch (action) {
    case 'firewall-block':
      return { type: 'firewall-block' };
    case 'primary-only':
      return { type: 'primary-only', application: 'App', minutes: 60 };
    case 'bypass-group':
      return { type: 'bypass-group', group: 'Staff' };
    case 'policy-bypass':
      return { type: 'policy-bypass', application: 'App' };
  }
}

function simulated(a: ApplicationInput, scenario: EffectScenario, actions: SimulationAction[], paidEdition: boolean) {
  const r = simulate({
    applications: [a],
    groups: [{ name: 'Staff', alwaysRequireMfa: false }],
    policy: { mandatoryDataClasses: [], paidEdition },
    request: { scenario, actions },
  });
  return r.results[0]!.outcome;
}

const CASES = INTEGRATION_SLUGS.flatMap((integration) =>
  EFFECT_SCENARIOS.flatMap((scenario) =>
    EFFECT_ACTIONS.flatMap((action) =>
      FAILMODES.flatMap((failmode) => [true, false].map((paid) => ({ integration, scenario, action, failmode, paid }))),
    ),
  ),
);

describe('actionEffect agrees with the simulator for every integration × scenario × action × failmode × edition', () => {
  it(`covers ${CASES.length} combinations`, () => {
    expect(CASES.length).toBe(INTEGRATION_SLUGS.length * 5 * 4 * 4 * 2);
    for (const c of CASES) {
      const a = app(c.integration, c.failmode);
      const e = actionEffect(c.action, a, c.scenario, c.paid);
      const label = `${c.integration}/${c.scenario}/${c.action}/${c.failmode}/${c.paid ? 'paid' : 'free'}`;
      expect(simulated(a, c.scenario, [], c.paid), label).toBe(e.before);
      expect(simulated(a, c.scenario, [simAction(c.action)], c.paid), label).toBe(e.after);
      expect(e.effect === 'opens', label).toBe(e.after === 'allowed-without-2fa' && e.before !== 'allowed-without-2fa');
      if (e.effect !== 'opens') expect(e.reason, label).not.toBeNull();
    }
  });
});

describe('what the answer rests on', () => {
  it('policy bypass while Duo is unreachable has no effect where the integration cannot work without Duo (Duo SSO, Azure CA, LastPass, DNG)', () => {
    for (const slug of ['duo-sso', 'azure-conditional-access', 'lastpass', 'duo-network-gateway'] as const) {
      const e = actionEffect('policy-bypass', app(slug, 'none'), 'unreachable', true);
      expect(e.effect, slug).toBe('none');
      expect(e.reason, slug).toBe(slug === 'duo-sso' ? 'duo-sso-unreachable' : 'no-failmode-control');
    }
    // …but it does while Duo is reachable and degraded (guide p.7).
    expect(actionEffect('policy-bypass', app('duo-sso', 'none'), 'auth-not-completing', true).effect).toBe('opens');
  });

  it('a firewall block never opens an application that fails secure: it can only lock its users out', () => {
    const e = actionEffect('firewall-block', app('auth-proxy-radius', 'secure'), 'push-down', true);
    expect(e).toMatchObject({ before: '2fa-with-other-method', after: 'denied', effect: 'closes', reason: 'fails-secure' });
    expect(actionEffect('firewall-block', app('auth-proxy-radius', 'safe'), 'auth-not-completing', true).effect).toBe('opens');
  });

  it('a firewall block at your egress invokes no failmode for cloud-to-cloud integrations', () => {
    for (const slug of ['azure-conditional-access', 'okta', 'lastpass', 'duo-sso', 'onelogin', '1password'] as const) {
      expect(CATALOG[slug].duoCalledFrom, slug).toBe('vendor-cloud');
      const e = actionEffect('firewall-block', app(slug, 'none'), 'auth-not-completing', true);
      expect(e, slug).toMatchObject({ effect: 'none', reason: 'not-behind-egress' });
    }
  });

  it('Primary Only Mode opens only Auth Proxy sections that fail safe (Duo Auth Proxy source: duoauthproxy/lib/duo_async.py should_server_fail_open)', () => {
    expect(actionEffect('primary-only', app('auth-proxy-ldap', 'safe'), 'sms-down', true).effect).toBe('opens');
    expect(actionEffect('primary-only', app('auth-proxy-ldap', 'none'), 'sms-down', true).effect).toBe('opens'); // absent = safe
    expect(actionEffect('primary-only', app('auth-proxy-ldap', 'secure'), 'sms-down', true).reason).toBe('fails-secure');
    expect(actionEffect('primary-only', app('duo-unix', 'safe'), 'sms-down', true).reason).toBe('not-auth-proxy');
    // While Duo is unreachable a fail-safe section lets users in already.
    expect(actionEffect('primary-only', app('auth-proxy-radius', 'safe'), 'unreachable', true)).toMatchObject({
      effect: 'none',
      reason: 'already-allowed',
    });
  });

  it('bypass status only acts while Duo answers', () => {
    expect(actionEffect('bypass-group', app('duo-unix', 'secure'), 'unreachable', true).reason).toBe('duo-unreachable');
    expect(actionEffect('bypass-group', app('duo-unix', 'secure'), 'phone-down', true).effect).toBe('opens');
  });
});
