// The outage simulator's vocabulary and result shapes (SPEC §2.9): shared by the simulation
// (simulator.ts) and its texts (simulator-messages.ts), which re-exports nothing from either.
import type { FindingParamValue } from './findings';
import type { ApplicationInput, GroupInput, Policy, Severity } from './types';

// ---------------------------------------------------------------------------------------------------
// Vocabulary

/** `unreachable` invokes failmode; the other four are the guide's degradations (failmode not invoked). */
export const SIMULATION_SCENARIOS = ['unreachable', 'auth-not-completing', 'push-down', 'sms-down', 'phone-down'] as const;
export type SimulationScenario = (typeof SIMULATION_SCENARIOS)[number];

export const SIMULATION_ACTION_TYPES = ['firewall-block', 'primary-only', 'bypass-group', 'policy-bypass'] as const;
export type SimulationActionType = (typeof SIMULATION_ACTION_TYPES)[number];

export type SimulationAction =
  | { type: 'firewall-block' }
  | { type: 'primary-only'; application: string; minutes: number }
  | { type: 'bypass-group'; group: string }
  | { type: 'policy-bypass'; application: string };

export interface SimulationRequest {
  scenario: SimulationScenario;
  actions: readonly SimulationAction[];
}

/** Primary Only Mode: at most four hours (guide p.7; SPEC §2.5). */
export const PRIMARY_ONLY_MAX_MINUTES = 240;

/**
 * `unaffected` is part of the API vocabulary but no rule produces it today: every inventoried
 * application sends its logins through Duo, so every scenario of the guide changes what its users
 * experience (decision 0040).
 */
export const SIMULATION_OUTCOMES = ['allowed-without-2fa', 'denied', '2fa-with-other-method', 'unaffected'] as const;
export type SimulationOutcome = (typeof SIMULATION_OUTCOMES)[number];

/** Why a row has its outcome. */
export const SIMULATION_REASONS = [
  /** Failmode invoked, configured fail safe: allowed after primary authentication (guide p.6). */
  'failmode-safe',
  /** Failmode invoked, configured fail secure: denied even after primary authentication (guide p.6). */
  'failmode-secure',
  /** Failmode invoked, not recorded: the catalog default is fail safe (e.g. Auth Proxy "absent means safe"). */
  'default-safe',
  /** Failmode invoked, not recorded: the catalog default is fail secure (e.g. WebSDK v4 without handling). */
  'default-secure',
  /** Failmode invoked, not recorded and no documented default: treated as fail secure. */
  'assumed-secure',
  /** Failmode invoked on an integration without failmode control (DNG, Azure CA, third parties): fails closed. */
  'no-failmode-control',
  /** Duo SSO does primary and secondary authentication: nobody can log in while it is unreachable. */
  'duo-sso-unreachable',
  /** Degraded: Duo is reachable but authentication does not complete, whatever the failmode. */
  'authentication-not-completing',
  /** Degraded: one method fails; users complete 2FA with another method. */
  'other-method-available',
  /** An application-level Authentication Policy bypasses 2FA for this application. */
  'policy-bypass',
  /** Auth Proxy Primary Only Mode skips Duo for this fail-safe section. */
  'primary-only-mode',
  /** The group is set to bypass status: Duo skips 2FA in every application it can reach. */
  'bypass-group',
] as const;
export type SimulationReason = (typeof SIMULATION_REASONS)[number];

/** The `group` of the single row of an application that lists no user group. */
export const NO_GROUP = '';

export interface SimulationResultRow {
  application: string;
  /** A group with access, or NO_GROUP ('') when the application lists none. */
  group: string;
  outcome: SimulationOutcome;
  reason: SimulationReason;
  /** The group's memberCount, when recorded. */
  memberCount?: number;
  /** The actions that make the outcome differ from the scenario alone (each of them suffices). */
  changedBy?: SimulationActionType[];
}

export const SIMULATION_FINDING_CODES = [
  'SIM_BYPASS_REACHES_MOST_RESTRICTIVE',
  'SIM_FIREWALL_OPENS_MANDATORY_DATA',
  'SIM_POLICY_BYPASS_ON_MOST_RESTRICTIVE',
  'SIM_REQUIRED_2FA_SKIPPED',
  'SIM_FIREWALL_BLAST_RADIUS',
  'SIM_PRIMARY_ONLY_TOO_LONG',
  'SIM_PRIMARY_ONLY_NOT_APPLICABLE',
  'SIM_POLICY_BYPASS_UNAVAILABLE',
  'SIM_PRIMARY_ONLY_WHOLE_PROXY',
  'SIM_ACTION_NO_EFFECT',
  'SIM_FAILMODE_ASSUMED',
] as const;
export type SimulationFindingCode = (typeof SIMULATION_FINDING_CODES)[number];

export const SIMULATION_FINDING_SEVERITY: Readonly<Record<SimulationFindingCode, Severity>> = Object.freeze({
  SIM_BYPASS_REACHES_MOST_RESTRICTIVE: 'critical',
  SIM_FIREWALL_OPENS_MANDATORY_DATA: 'critical',
  SIM_POLICY_BYPASS_ON_MOST_RESTRICTIVE: 'critical',
  SIM_REQUIRED_2FA_SKIPPED: 'critical',
  SIM_FIREWALL_BLAST_RADIUS: 'warning',
  SIM_PRIMARY_ONLY_TOO_LONG: 'warning',
  SIM_PRIMARY_ONLY_NOT_APPLICABLE: 'warning',
  SIM_POLICY_BYPASS_UNAVAILABLE: 'warning',
  SIM_PRIMARY_ONLY_WHOLE_PROXY: 'info',
  SIM_ACTION_NO_EFFECT: 'info',
  SIM_FAILMODE_ASSUMED: 'info',
});

export interface SimulationFinding {
  code: SimulationFindingCode;
  severity: Severity;
  /** Applications the finding is about (sorted). */
  applications: string[];
  /** Groups the finding is about (sorted; never NO_GROUP). */
  groups: string[];
  /** Values for message interpolation (simulator-messages.ts). */
  params: Record<string, FindingParamValue>;
}

/** An action names an application or group that is not in the inventory (the route answers 422). */
export interface SimulationError {
  code: 'SIM_UNKNOWN_REFERENCE';
  /** JSON path into the request body, e.g. ["actions", 2, "group"]. */
  path: (string | number)[];
  kind: 'application' | 'group';
  name: string;
}

export interface SimulationResult {
  scenario: SimulationScenario;
  /** Every application × each group with access, by application name then group name. */
  results: SimulationResultRow[];
  findings: SimulationFinding[];
  /** Present (non-empty) only when the request is invalid for this inventory; results and findings are then empty. */
  errors?: SimulationError[];
}

/** Policy fields the simulator reads. */
export type SimulationPolicy = Pick<Policy, 'mandatoryDataClasses' | 'paidEdition'>;

export interface SimulationInput {
  applications: readonly ApplicationInput[];
  groups: readonly GroupInput[];
  policy: SimulationPolicy;
  request: SimulationRequest;
}
