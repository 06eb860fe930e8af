// Small builders for rules-engine tests (not a test file itself).
import type { ApplicationInput, GroupInput, Policy } from '../../../lib/domain/types';
import { DEFAULT_POLICY } from '../../../lib/domain/types';

export function app(overrides: Partial<ApplicationInput> & { name: string }): ApplicationInput {
  return {
    integration: 'auth-proxy-radius',
    dataClasses: [],
    mfaMandate: 'none',
    criticality: 'medium',
    configuredFailmode: 'secure',
    groups: [],
    ...overrides,
  };
}

export function group(name: string, alwaysRequireMfa = false): GroupInput {
  return { name, alwaysRequireMfa };
}

export const policy = (overrides: Partial<Policy> = {}): Policy => ({ ...DEFAULT_POLICY, ...overrides });
