// Vocabulary of the guide and SPEC §2.1. Pure data: no framework imports.
export const INTEGRATION_SLUGS = [
  // Duo-developed, failmode configurable
  'auth-proxy-radius',
  'auth-proxy-ldap',
  'duo-access-gateway',
  'windows-logon-rdp',
  'duo-unix',
  'adfs-2',
  'adfs-3-4',
  'owa',
  'rd-web-gateway',
  'oracle-access-manager',
  // Duo-developed, no failmode control
  'duo-network-gateway',
  'azure-conditional-access',
  'duo-sso',
  // Web SDK
  'websdk-v2',
  'websdk-v4',
  // Third party
  'lastpass',
  '1password',
  'okta',
  'onelogin',
  'ping-federate',
  'cas',
  'thycotic',
  'other-third-party',
  'custom',
] as const;
export type IntegrationSlug = (typeof INTEGRATION_SLUGS)[number];

export const DATA_CLASSES = ['health', 'financial', 'pii', 'ip', 'other'] as const;
export type DataClass = (typeof DATA_CLASSES)[number];

export const MFA_MANDATES = ['all-users', 'some-groups', 'none'] as const;
export type MfaMandate = (typeof MFA_MANDATES)[number];

export const CRITICALITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const CONFIGURED_FAILMODES = ['safe', 'secure', 'none', 'unknown'] as const;
export type ConfiguredFailmode = (typeof CONFIGURED_FAILMODES)[number];

export const RESTRICTION_LEVELS = ['most-restrictive', 'restrictive', 'less-restrictive'] as const;
export type RestrictionLevel = (typeof RESTRICTION_LEVELS)[number];

export type RecommendedFailmode = 'safe' | 'secure';

export const SEVERITIES = ['critical', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_CODES = [
  'FAILMODE_OPEN_ON_RESTRICTED',
  'FAILMODE_STRICTER_THAN_NEEDED',
  'FAILMODE_UNKNOWN',
  'FAILMODE_NOT_CONFIGURABLE',
  'CUSTOM_FAILOPEN_UNVERIFIED',
  'BYPASS_GROUP_SPANS_APPS',
  'NO_GROUPS',
  'MANDATED_GROUPS_UNFLAGGED',
  // From Duo's live state (issue 19, lib/domain/duo.ts): only with a Duo connection, never from assess alone.
  'GROUP_IN_BYPASS',
  'USERS_IN_BYPASS',
  'INTEGRATION_NOT_IN_INVENTORY',
  'APP_NOT_IN_DUO',
  'DUO_ACCESS_DRIFT',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const REVIEW_STATES = ['unreviewed', 'approved', 'risk-accepted', 'rejected', 'stale', 'expired'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export const REVIEW_DECISIONS = ['approve', 'reject', 'accept-risk'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export const LANGS = ['en', 'de'] as const;
export type Lang = (typeof LANGS)[number];

export const ROLES = ['admin', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Organisation policy (SPEC §2.1), with the spec's defaults in DEFAULT_POLICY. */
export interface Policy {
  /** Data classes that by themselves mandate 2FA for all users. */
  mandatoryDataClasses: DataClass[];
  /** The Duo edition allows Authentication Policies (paid editions). */
  paidEdition: boolean;
  reviewIntervalDays: number;
  defaultLanguage: Lang;
  /** Message users at the latest when an incident is unresolved this long (guide p.11: "20 or more minutes"). */
  messagingThresholdMinutes: number;
  /** The longest a reviewer may accept the risk of a critical finding (days). */
  maxRiskAcceptanceDays: number;
}

export const DEFAULT_POLICY: Policy = {
  mandatoryDataClasses: ['health', 'financial'],
  paidEdition: true,
  reviewIntervalDays: 180,
  defaultLanguage: 'en',
  messagingThresholdMinutes: 20,
  maxRiskAcceptanceDays: 30,
};

export interface GroupInput {
  name: string;
  alwaysRequireMfa: boolean;
  memberCount?: number;
  description?: string;
}

export interface ApplicationInput {
  name: string;
  integration: IntegrationSlug;
  dataClasses: DataClass[];
  mfaMandate: MfaMandate;
  criticality: Criticality;
  configuredFailmode: ConfiguredFailmode;
  groups: string[];
  owner?: string;
  notes?: string;
  /** Who to call first when Duo is down (printed in the runbook header). */
  onCallContact?: string;
  /** Who to escalate to, and how (printed in the runbook header). */
  escalation?: string;
}

export interface Inventory {
  version: 1;
  policy?: Partial<Policy>;
  groups: GroupInput[];
  applications: ApplicationInput[];
}
