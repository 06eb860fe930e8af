// The DR runbook as a typed tree (SPEC §2.6): sections hold blocks, every string is PLAIN TEXT
// (user-typed names, owner and notes included). Renderers (lib/runbook/*) escape for Markdown / HTML.
// Pure types: no framework imports.
import type { ApplicationAssessment, Finding } from '../assess';
import type {
  ApplicationInput,
  ConfiguredFailmode,
  Criticality,
  IntegrationSlug,
  Lang,
  Policy,
  RecommendedFailmode,
  RestrictionLevel,
  ReviewState,
  Severity,
} from '../types';

// ---------------------------------------------------------------------------------------------------
// Input

export type ApprovalState = ReviewState;

export interface RunbookApproval {
  state: ApprovalState;
  /** Who decided (approved or rejected); null when unreviewed. */
  reviewer: string | null;
  /** ISO timestamp (a Date is accepted and normalised). */
  decidedAt: string | Date | null;
  /** ISO timestamp: end of the review interval. */
  expiresAt: string | Date | null;
  /** 'inputs-changed' / 'interval-passed' (lib/domain/review.ts) are translated; anything else is shown as plain text. */
  reason?: string | null;
}

export interface RunbookInventory {
  applications: readonly ApplicationInput[];
  /** Same inventory, assessed (assessInventory); matched to applications by name. */
  assessments: readonly ApplicationAssessment[];
}

export interface RunbookInput {
  application: ApplicationInput & { owner?: string };
  assessment: ApplicationAssessment;
  /** The whole inventory: firewall blast radius, bypass reach, Primary Only Mode neighbours. */
  inventory: RunbookInventory;
  policy: Pick<Policy, 'paidEdition'> & Partial<Policy>;
  approval: RunbookApproval;
  /** ISO timestamp. */
  generatedAt: string;
  /** Inventory / review fingerprint the runbook was generated from. */
  fingerprint: string;
  lang: Lang;
}

// ---------------------------------------------------------------------------------------------------
// Analysis facts (also exposed on the runbook, for the UI and tests)

/** What a firewall block of Duo (or a real outage) does to an application. */
export type UnreachableOutcome = 'opens' | 'closes' | 'unknown';

/**
 * configured: the recorded failmode (safe/secure) decides;
 * default: the failmode is not recorded (none/unknown), the integration's default applies;
 * fixed: the integration has no failmode control, its fixed behaviour applies.
 */
export type UnreachableBasis = 'configured' | 'default' | 'fixed';

export interface UnreachableBehaviour {
  outcome: UnreachableOutcome;
  basis: UnreachableBasis;
}

export interface AffectedApplication {
  name: string;
  integration: IntegrationSlug;
  restrictionLevel: RestrictionLevel;
  behaviour: UnreachableBehaviour;
}

/** Firewall block of *.duo.com / *.duosecurity.com: every other application behind that egress. */
export interface FirewallBlastRadius {
  opens: AffectedApplication[];
  closes: AffectedApplication[];
  unknown: AffectedApplication[];
  /** Cloud-to-cloud integrations: not behind your egress, the block invokes no failmode there. */
  cloud: AffectedApplication[];
}

/** Where a bypass group also has access: bypass status skips 2FA in all of these. */
export interface GroupReach {
  group: string;
  otherApplications: { name: string; restrictionLevel: RestrictionLevel }[];
  /** The engine's BYPASS_GROUP_SPANS_APPS finding for this group, if any. */
  spansFinding: Finding | null;
}

/** Every scenario of the guide, failmode invoked first. */
export type OutageScenario = 'unreachable' | Scenario;
export const OUTAGE_SCENARIOS: readonly OutageScenario[] = ['unreachable', 'auth-not-completing', 'push-down', 'sms-down', 'phone-down'];

/**
 * Whether an option applies in one scenario: its status where it has an effect, or why not
 * (a NoEffectReason of lib/domain/effects.ts, or 'failmode-not-invoked', 'already-safe', 'method-only', 'no-groups').
 */
export type OptionCell = { applies: true; status: OptionStatus } | { applies: false; reason: string };

export interface RunbookFacts {
  unreachable: UnreachableBehaviour;
  firewall: FirewallBlastRadius;
  bypassReach: GroupReach[];
  /** Other Auth Proxy applications that Primary Only Mode would also open if they share the proxy server. */
  primaryOnlyNeighbours: string[];
  /** Status of each degradation option for this application; null = not offered (does not apply). */
  options: Record<Exclude<OptionId, 'other-method' | 'inform-users'>, OptionStatus | null>;
  /** Per option (only those relevant to this integration) and scenario: does it apply, and how. */
  matrix: { option: OptionId; cells: Record<OutageScenario, OptionCell> }[];
}

// ---------------------------------------------------------------------------------------------------
// Tree

export type Scenario = 'auth-not-completing' | 'push-down' | 'sms-down' | 'phone-down';

export type AuthMethod = 'push' | 'sms' | 'phone';

export type OptionId =
  | 'other-method'
  | 'policy-bypass'
  | 'inform-users'
  | 'bypass-groups'
  | 'revert-config'
  | 'primary-only'
  | 'firewall-block'
  /** Unreachable only: set a configurable app's failmode to safe where its level allows it. */
  | 'switch-failmode';

/** available: may be used; caution: may be used, read the warnings; not-allowed: must not be used for this app. */
export type OptionStatus = 'available' | 'caution' | 'not-allowed';

export type MessageVariant = 'fail-safe' | 'fail-secure' | 'push-down' | 'sms-down' | 'phone-down';

export type Tone = 'normal' | 'info' | 'warning' | 'danger';

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  tone: Tone;
}

export interface ListBlock {
  kind: 'list';
  title?: string;
  items: string[];
}

export interface Step {
  text: string;
  /** Command or log line shown under the step (code). */
  code?: string[];
}

/** Steps with a checkbox each (printed: ☐). */
export interface StepsBlock {
  kind: 'steps';
  title?: string;
  items: Step[];
}

export interface CodeBlock {
  kind: 'code';
  role: 'log' | 'json' | 'command';
  caption?: string;
  lines: string[];
}

export interface KeyValueRow {
  key: string;
  value: string;
  tone?: Tone;
}

export interface KeyValueBlock {
  kind: 'keyValue';
  title?: string;
  rows: KeyValueRow[];
}

/** A link to a fixed, system-provided https URL (never user input). */
/** A table with a header row (the first-response card, the options matrix). */
export interface TableBlock {
  kind: 'table';
  title?: string;
  head: string[];
  rows: { cells: string[]; tone?: Tone }[];
}

export interface LinkBlock {
  kind: 'link';
  label: string;
  url: string;
}

export interface MessageBlock {
  kind: 'message';
  /** Stable DOM id; renderers put it on the element with data-copy-target. */
  id: string;
  variant: MessageVariant;
  title: string;
  useWhen: string;
  subject: string;
  body: string;
}

/** Points at a message elsewhere in the runbook (by id). */
export interface MessageRefBlock {
  kind: 'messageRef';
  messageId: string;
  label: string;
}

export interface FindingBlock {
  kind: 'finding';
  code: Finding['code'];
  severity: Severity;
  title: string;
  message: string;
  fix: string;
}

export interface OptionBlock {
  kind: 'option';
  option: OptionId;
  status: OptionStatus;
  /** Position in the scenario's list (1-based). */
  ordinal: number;
  title: string;
  /** Why the status is what it is (always set for not-allowed). */
  statusNote?: string;
  how: string;
  whatItDoes: string;
  revert: string;
  warnings: string[];
  /** Details: commands, log lines, group lists, message templates. */
  blocks: Block[];
}

export type Block =
  | ParagraphBlock
  | ListBlock
  | StepsBlock
  | CodeBlock
  | KeyValueBlock
  | LinkBlock
  | TableBlock
  | MessageBlock
  | MessageRefBlock
  | FindingBlock
  | OptionBlock;

export type SectionKind =
  | 'first-response'
  | 'options'
  | 'header'
  | 'unreachable'
  | 'degraded'
  | 'scenario'
  | 'integration'
  | 'messages'
  | 'when-to-message'
  | 'revert'
  | 'part';

export interface Section {
  kind: SectionKind;
  /** Stable DOM id (unique within a binder). */
  id: string;
  title: string;
  scenario?: Scenario;
  blocks: Block[];
  subsections: Section[];
}

export interface RunbookApplication {
  name: string;
  owner: string | null;
  integration: IntegrationSlug;
  integrationName: string;
  restrictionLevel: RestrictionLevel;
  criticality: Criticality;
  configuredFailmode: ConfiguredFailmode;
  recommendedFailmode: RecommendedFailmode;
}

export interface Runbook {
  schemaVersion: 1;
  /** Stable anchor id derived from the application name. */
  id: string;
  lang: Lang;
  title: string;
  application: RunbookApplication;
  approval: {
    state: ApprovalState;
    reviewer: string | null;
    decidedAt: string | null;
    expiresAt: string | null;
    reason: string | null;
  };
  generatedAt: string;
  fingerprint: string;
  facts: RunbookFacts;
  sections: Section[];
}
