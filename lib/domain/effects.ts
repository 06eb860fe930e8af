// The single source of truth for "does emergency action X change what users of this application
// experience in scenario S?" (issue 12). The simulator (simulator.ts) builds every cell from these
// functions and the runbook (runbook/model.ts) offers an option only where they say it has an effect,
// so the two can never disagree. Pure: no framework imports.
//
// Readings of the guide and of Duo's code:
// - Failmode is invoked when Duo is unreachable (guide p.6), or when Duo is blocked at your egress
//   (guide p.8) — but only for integrations whose Duo calls leave through your egress
//   (catalog `duoCalledFrom`: cloud-to-cloud integrations are not behind it).
// - Degraded (failmode not invoked): logins that need Duo do not complete ('auth-not-completing'), or
//   users switch to another method (one method down); the configured failmode does not help (p.7).
// - Bypass status is Duo's: it only acts while Duo answers the application.
// - An application-level Authentication Policy bypass: paid editions; "can also be used" while Duo is
//   unreachable (p.7) — except for integrations that cannot authenticate without reaching Duo (no
//   failmode control: DNG, Azure CA, Duo SSO, third parties, p.9–10).
// - Primary Only Mode: Auth Proxy RADIUS/LDAP sections that fail safe only (Duo's proxy source,
//   duoauthproxy/lib/duo_async.py `should_server_fail_open`: failmode safe and primary-only enabled).
import { CATALOG } from './catalog';
import type { ApplicationInput } from './types';

export const EFFECT_SCENARIOS = ['unreachable', 'auth-not-completing', 'push-down', 'sms-down', 'phone-down'] as const;
export type EffectScenario = (typeof EFFECT_SCENARIOS)[number];

export const EFFECT_ACTIONS = ['firewall-block', 'primary-only', 'bypass-group', 'policy-bypass'] as const;
export type EffectAction = (typeof EFFECT_ACTIONS)[number];

export type Outcome = 'allowed-without-2fa' | 'denied' | '2fa-with-other-method';

export type FailmodeMode = 'safe' | 'secure';

export type FailmodeReason =
  | 'failmode-safe'
  | 'failmode-secure'
  | 'default-safe'
  | 'default-secure'
  | 'assumed-secure'
  | 'no-failmode-control'
  | 'duo-sso-unreachable';

/** What happens to an application when failmode is invoked, and on what basis. */
export interface FailmodeResolution {
  mode: FailmodeMode;
  reason: FailmodeReason;
  /** Set when the failmode is not recorded and had to be assumed. */
  assumed: 'catalog-default' | 'no-documented-default' | null;
}

type AppFacts = Pick<ApplicationInput, 'integration' | 'configuredFailmode'>;

/**
 * The failmode an application falls into when failmode is invoked:
 * - no failmode control (DNG, Azure CA, Duo SSO, LastPass, …): the catalog behaviour, whatever is
 *   recorded; without a documented default they fail closed (guide p.10: "may default to fail secure");
 * - a recorded `safe` / `secure`;
 * - `unknown` / `none`: the catalog default (Auth Proxy and Duo Unix: absent means safe), else fail secure.
 */
export function resolveFailmode(app: AppFacts): FailmodeResolution {
  const entry = CATALOG[app.integration];
  if (entry.failmodeControl === 'none') {
    if (app.integration === 'duo-sso') return { mode: 'secure', reason: 'duo-sso-unreachable', assumed: null };
    if (entry.defaultWhenUnreachable === 'safe') return { mode: 'safe', reason: 'default-safe', assumed: null };
    return { mode: 'secure', reason: 'no-failmode-control', assumed: null };
  }
  if (app.configuredFailmode === 'safe') return { mode: 'safe', reason: 'failmode-safe', assumed: null };
  if (app.configuredFailmode === 'secure') return { mode: 'secure', reason: 'failmode-secure', assumed: null };
  if (entry.defaultWhenUnreachable === 'safe') return { mode: 'safe', reason: 'default-safe', assumed: 'catalog-default' };
  if (entry.defaultWhenUnreachable === 'secure') return { mode: 'secure', reason: 'default-secure', assumed: 'catalog-default' };
  return { mode: 'secure', reason: 'assumed-secure', assumed: 'no-documented-default' };
}

/** Does a block of Duo at your egress invoke this application's failmode? */
export function behindEgress(app: Pick<ApplicationInput, 'integration'>): boolean {
  return CATALOG[app.integration].duoCalledFrom === 'your-network';
}

export interface EffectContext {
  scenario: EffectScenario;
  /** Duo is also blocked at your egress (the firewall-block action). */
  firewall: boolean;
  paidEdition: boolean;
}

/** Is failmode invoked for this application? */
export function failmodeInvoked(app: Pick<ApplicationInput, 'integration'>, ctx: Pick<EffectContext, 'scenario' | 'firewall'>): boolean {
  return ctx.scenario === 'unreachable' || (ctx.firewall && behindEgress(app));
}

/** The outcome without any action that lets users in (firewall included in ctx). */
export function baseOutcome(app: AppFacts, ctx: Pick<EffectContext, 'scenario' | 'firewall'>): Outcome {
  if (failmodeInvoked(app, ctx)) return resolveFailmode(app).mode === 'safe' ? 'allowed-without-2fa' : 'denied';
  return ctx.scenario === 'auth-not-completing' ? 'denied' : '2fa-with-other-method';
}

/** Why an action does not let users in (null: it does). */
export type NoEffectReason =
  /** Failmode is already invoked and the application fails safe: users are let in anyway. */
  | 'already-allowed'
  /** firewall-block while Duo is unreachable: failmode is invoked already. */
  | 'already-unreachable'
  /** firewall-block on a cloud-to-cloud integration: its Duo calls do not pass your egress. */
  | 'not-behind-egress'
  /** firewall-block or primary-only on an application that fails secure: it would only deny. */
  | 'fails-secure'
  /** primary-only on anything but an Auth Proxy RADIUS/LDAP section. */
  | 'not-auth-proxy'
  /** bypass-group while failmode is invoked: bypass status is read from Duo. */
  | 'duo-unreachable'
  /** policy-bypass on a free edition. */
  | 'not-paid-edition'
  /** policy-bypass while Duo is unreachable on an integration without failmode control. */
  | 'no-failmode-control'
  /** policy-bypass on Duo SSO while Duo is unreachable: Duo SSO does the primary login too. */
  | 'duo-sso-unreachable';

/**
 * Does `action` let users of this application in without 2FA, given the context (a firewall block
 * already in ctx.firewall)? For 'bypass-group' this assumes the group has access to the application.
 */
export function actionOpens(action: EffectAction, app: AppFacts, ctx: EffectContext): NoEffectReason | null {
  const entry = CATALOG[app.integration];
  const failmode = resolveFailmode(app);
  const invoked = failmodeInvoked(app, ctx);
  switch (action) {
    case 'firewall-block':
      if (ctx.scenario === 'unreachable') return 'already-unreachable';
      if (!behindEgress(app)) return 'not-behind-egress';
      return failmode.mode === 'safe' ? null : 'fails-secure';
    case 'primary-only':
      if (!entry.primaryOnlyMode) return 'not-auth-proxy';
      return failmode.mode === 'safe' ? null : 'fails-secure';
    case 'bypass-group':
      return invoked ? 'duo-unreachable' : null;
    case 'policy-bypass':
      if (!ctx.paidEdition) return 'not-paid-edition';
      if (invoked && entry.failmodeControl === 'none') return app.integration === 'duo-sso' ? 'duo-sso-unreachable' : 'no-failmode-control';
      return null;
  }
}

export interface ActionEffect {
  /** Outcome under the scenario alone. */
  before: Outcome;
  /** Outcome with this one action taken. */
  after: Outcome;
  /** opens: users now get in without 2FA; closes: users who could log in are now denied; none. */
  effect: 'opens' | 'closes' | 'none';
  /** Why it does not open (null when it opens, or when it changes nothing because users were already in). */
  reason: NoEffectReason | null;
}

/**
 * The effect of one action on one application in a scenario (no other action taken). The runbook
 * offers an option where `effect === 'opens'`; the simulator's cells agree by construction.
 */
export function actionEffect(action: EffectAction, app: AppFacts, scenario: EffectScenario, paidEdition: boolean): ActionEffect {
  const ctx: EffectContext = { scenario, firewall: false, paidEdition };
  const before = baseOutcome(app, ctx);
  const withAction: EffectContext = action === 'firewall-block' ? { ...ctx, firewall: true } : ctx;
  const base = baseOutcome(app, withAction);
  const reason = actionOpens(action, app, withAction);
  const after: Outcome = base === 'allowed-without-2fa' || reason === null ? 'allowed-without-2fa' : base;
  const effect = after === before ? 'none' : after === 'allowed-without-2fa' ? 'opens' : 'closes';
  if (before === 'allowed-without-2fa') return { before, after, effect, reason: reason ?? 'already-allowed' };
  return { before, after, effect, reason: effect === 'opens' ? null : (reason ?? 'already-allowed') };
}
