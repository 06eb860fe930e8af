// The shapes the rules engine produces (findings, level explanations), in a file of their own so that
// the rules (assess.ts) and their texts (messages.ts) both depend on them and not on each other.
import type { DataClass, FindingCode, RecommendedFailmode, RestrictionLevel, Severity } from './types';

/** One input that placed (or would have placed) the application in the matrix. */
export type LevelReason =
  | { factor: 'mfaMandate'; mandate: 'all-users' }
  | { factor: 'mandatoryDataClass'; dataClasses: DataClass[] }
  | { factor: 'someGroupsMandate' }
  | { factor: 'alwaysRequireMfaGroup'; groups: string[] }
  | { factor: 'default'; nonMandatoryDataClasses: DataClass[] };

/** Why an application got its level: the UI shows it with explainLevel(why, lang). */
export interface LevelExplanation {
  level: RestrictionLevel;
  recommendedFailmode: RecommendedFailmode;
  /** The inputs that decided the level (at least one). */
  decisive: LevelReason[];
  /** Inputs of a lower level that hold too (e.g. an alwaysRequireMfa group on a most-restrictive app). */
  alsoPresent: LevelReason[];
}

export type FindingParamValue = string | number | boolean | string[];

export interface Finding {
  code: FindingCode;
  severity: Severity;
  applicationName: string;
  /** Group names the finding is about (sorted). */
  groups: string[];
  /** Other applications the finding is about (sorted). */
  relatedApplications: string[];
  /** Values for message interpolation (messages.ts). */
  params: Record<string, FindingParamValue>;
}
