// Builders for runbook tests (not a test file itself): inputs always go through the real rules engine
// (assessInventory), never hand-made assessments.
import { assessInventory } from '../../../lib/domain/assess';
import type { ApplicationAssessment } from '../../../lib/domain/assess';
import { buildRunbook } from '../../../lib/domain/runbook/model';
import type { Block, OptionBlock, OptionId, Runbook, RunbookApproval, Scenario, Section } from '../../../lib/domain/runbook/types';
import type { ApplicationInput, GroupInput, Lang, Policy } from '../../../lib/domain/types';
import { DEFAULT_POLICY } from '../../../lib/domain/types';

export function app(overrides: Partial<ApplicationInput> & { name: string }): ApplicationInput {
  return {
    integration: 'auth-proxy-radius',
    dataClasses: [],
    mfaMandate: 'none',
    criticality: 'medium',
    configuredFailmode: 'secure',
    groups: ['Staff'],
    ...overrides,
  };
}

export function group(name: string, alwaysRequireMfa = false): GroupInput {
  return { name, alwaysRequireMfa };
}

export const GENERATED_AT = '2026-03-02T09:30:00.000Z';

export const APPROVED: RunbookApproval = {
  state: 'approved',
  reviewer: 'reviewer@example.com',
  decidedAt: '2026-01-10T12:00:00.000Z',
  expiresAt: '2026-07-09T12:00:00.000Z',
};

export interface Scene {
  apps: ApplicationInput[];
  groups: GroupInput[];
  policy?: Partial<Policy>;
}

export interface Built {
  rb: Runbook;
  assessment: ApplicationAssessment;
  all: ApplicationAssessment[];
}

/** Assesses the whole scene with the real engine and builds the runbook of `name`. */
export function runbookOf(scene: Scene, name: string, opts: { lang?: Lang; approval?: RunbookApproval; fingerprint?: string } = {}): Built {
  const policy: Policy = { ...DEFAULT_POLICY, ...scene.policy };
  const assessed = assessInventory({ groups: scene.groups, applications: scene.apps }, policy);
  const index = scene.apps.findIndex((a) => a.name === name);
  if (index < 0) throw new Error(`no app ${name}`);
  const assessment = assessed.applications[index];
  const rb = buildRunbook({
    application: scene.apps[index],
    assessment,
    inventory: { applications: scene.apps, assessments: assessed.applications },
    policy,
    approval: opts.approval ?? APPROVED,
    generatedAt: GENERATED_AT,
    fingerprint: opts.fingerprint ?? 'fp-0123456789abcdef',
    lang: opts.lang ?? 'en',
  });
  return { rb, assessment, all: assessed.applications };
}

/** A single-application scene (plus its groups). */
export function solo(a: ApplicationInput, groups: GroupInput[] = [group('Staff')], policy?: Partial<Policy>): Scene {
  return { apps: [a], groups, policy };
}

export function section(rb: Runbook, kind: Section['kind']): Section {
  const s = rb.sections.find((x) => x.kind === kind);
  if (!s) throw new Error(`no section ${kind}`);
  return s;
}

/** The options described once in the runbook that are usable in scenario `sc` (its matrix column). */
export function options(rb: Runbook, sc: Scenario | 'unreachable'): OptionBlock[] {
  const described = section(rb, 'options').blocks.filter((b): b is OptionBlock => b.kind === 'option');
  const usable = new Set(
    rb.facts.matrix
      .filter((r) => {
        const c = r.cells[sc];
        return c.applies && c.status !== 'not-allowed';
      })
      .map((r) => r.option),
  );
  return described.filter((o) => usable.has(o.option));
}

/** The matrix cell of an option in a scenario (undefined: the option is not relevant to this integration). */
export function cell(rb: Runbook, sc: Scenario | 'unreachable', id: OptionId) {
  return rb.facts.matrix.find((r) => r.option === id)?.cells[sc];
}

export function optionIds(rb: Runbook, sc: Scenario | 'unreachable'): OptionId[] {
  return options(rb, sc).map((o) => o.option);
}

export function option(rb: Runbook, sc: Scenario | 'unreachable', id: OptionId): OptionBlock | undefined {
  return options(rb, sc).find((o) => o.option === id);
}

/** Every string of a block tree, depth first. */
export function blockTexts(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return [b.text];
    case 'list':
      return [b.title ?? '', ...b.items];
    case 'steps':
      return [b.title ?? '', ...b.items.flatMap((s) => [s.text, ...(s.code ?? [])])];
    case 'code':
      return [b.caption ?? '', ...b.lines];
    case 'keyValue':
      return [b.title ?? '', ...b.rows.flatMap((r) => [r.key, r.value])];
    case 'link':
      return [b.label, b.url];
    case 'table':
      return [b.title ?? '', ...b.head, ...b.rows.flatMap((r) => r.cells)];
    case 'message':
      return [b.title, b.useWhen, b.subject, b.body];
    case 'messageRef':
      return [b.label];
    case 'finding':
      return [b.title, b.message, b.fix];
    case 'option':
      return [b.title, b.statusNote ?? '', b.how, b.whatItDoes, b.revert, ...b.warnings, ...b.blocks.flatMap(blockTexts)];
  }
}

export function sectionText(s: Section): string {
  return [s.title, ...s.blocks.flatMap(blockTexts), ...s.subsections.map(sectionText)].join('\n');
}

export function runbookText(rb: Runbook): string {
  return [rb.title, ...rb.sections.map(sectionText)].join('\n');
}

export const ALL_SCENARIOS: Scenario[] = ['auth-not-completing', 'push-down', 'sms-down', 'phone-down'];
