// Issue 18 item 2: the live bypass warning runs the BYPASS_GROUP_SPANS_APPS rule of assess.ts on the
// unsaved draft. Table-driven: each row is a draft and the findings the form must show.
import { describe, expect, it } from 'vitest';
import { assessInventory, type AssessPolicy, type InventoryInput } from '../../../lib/domain/assess';
import {
  aboutApplication,
  aboutGroup,
  bypassFindings,
  bypassRisks,
  bypassSummaryByGroup,
  withApplicationDraft,
  withGroupDraft,
} from '../../../lib/domain/bypass-preview';
import type { ApplicationInput } from '../../../lib/domain/types';

const policy: AssessPolicy = { mandatoryDataClasses: ['health', 'financial'] };
const app = (name: string, over: Partial<ApplicationInput> = {}): ApplicationInput => ({
  name,
  integration: 'auth-proxy-ldap',
  dataClasses: [],
  mfaMandate: 'none',
  criticality: 'medium',
  configuredFailmode: 'safe',
  groups: [],
  ...over,
});

const inv: InventoryInput = {
  groups: [
    { name: 'Staff', alwaysRequireMfa: false },
    { name: 'Admins', alwaysRequireMfa: true },
  ],
  applications: [
    app('EHR', { dataClasses: ['health'], configuredFailmode: 'secure', groups: ['Admins'] }), // most restrictive
    app('Wiki', { groups: ['Staff'] }), // less restrictive
    app('Mail', { groups: ['Staff'] }), // less restrictive
  ],
};

describe('withGroupDraft + bypassRisks (the group form)', () => {
  const cases: {
    title: string;
    draft: { name: string; alwaysRequireMfa: boolean; applications: string[] };
    original?: string;
    expected: [string, string[], boolean][];
  }[] = [
    {
      title: 'a new tolerable group on a less- and a most-restrictive app',
      draft: { name: 'Temps', alwaysRequireMfa: false, applications: ['Wiki', 'EHR'] },
      expected: [['Wiki', ['EHR'], true]],
    },
    {
      title: 'the same group flagged "always 2FA": nothing',
      draft: { name: 'Temps', alwaysRequireMfa: true, applications: ['Wiki', 'EHR'] },
      expected: [],
    },
    {
      title: 'only less-restrictive apps: nothing',
      draft: { name: 'Temps', alwaysRequireMfa: false, applications: ['Wiki', 'Mail'] },
      expected: [],
    },
    {
      title: 'only the most-restrictive app: nothing (it is never bypassed there)',
      draft: { name: 'Temps', alwaysRequireMfa: false, applications: ['EHR'] },
      expected: [],
    },
    {
      title: 'editing Staff to reach EHR: one finding per bypassing app',
      draft: { name: 'Staff', alwaysRequireMfa: false, applications: ['Wiki', 'Mail', 'EHR'] },
      original: 'Staff',
      expected: [
        ['Mail', ['EHR'], true],
        ['Wiki', ['EHR'], true],
      ],
    },
    {
      title: 'a rename carries the access the draft lists, not the old one',
      draft: { name: 'Everyone', alwaysRequireMfa: false, applications: ['Wiki'] },
      original: 'Staff',
      expected: [],
    },
    {
      title: 'case-insensitive app names',
      draft: { name: 'Temps', alwaysRequireMfa: false, applications: ['wiki', 'ehr'] },
      expected: [['Wiki', ['EHR'], true]],
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const after = withGroupDraft(inv, c.draft, c.original);
      const risks = bypassRisks(inv, after, policy, aboutGroup(c.draft.name));
      expect(risks.map((r) => [r.finding.applicationName, r.finding.relatedApplications, r.isNew])).toEqual(c.expected);
      for (const r of risks) expect(r.finding.code).toBe('BYPASS_GROUP_SPANS_APPS');
    });
  }

  it('is the very finding assessInventory reports once the draft is saved', () => {
    const after = withGroupDraft(inv, { name: 'Temps', alwaysRequireMfa: false, applications: ['Wiki', 'EHR'] });
    const saved = assessInventory(after, policy)
      .applications.flatMap((a) => a.findings)
      .filter((f) => f.code === 'BYPASS_GROUP_SPANS_APPS');
    expect(bypassFindings(after, policy)).toEqual(saved);
  });

  it('marks a finding the saved inventory already has as not new', () => {
    const saved = withGroupDraft(inv, { name: 'Staff', alwaysRequireMfa: false, applications: ['Wiki', 'EHR'] }, 'Staff');
    const after = withGroupDraft(saved, { name: 'Staff', alwaysRequireMfa: false, applications: ['Wiki', 'Mail', 'EHR'] }, 'Staff');
    expect(bypassRisks(saved, after, policy, aboutGroup('Staff')).map((r) => [r.finding.applicationName, r.isNew])).toEqual([
      ['Mail', true],
      ['Wiki', false],
    ]);
    // The same with the saved inventory's findings passed in (what the server has in its snapshot).
    const savedFindings = assessInventory(saved, policy).applications.flatMap((a) => a.findings);
    expect(bypassRisks(savedFindings, after, policy, aboutGroup('Staff'))).toEqual(bypassRisks(saved, after, policy, aboutGroup('Staff')));
  });
});

describe('withApplicationDraft + bypassRisks (the application form)', () => {
  const cases: { title: string; draft: ApplicationInput; original?: string; expected: [string, string[]][] }[] = [
    {
      title: 'a new most-restrictive app given to Staff puts Staff’s bypass in Wiki and Mail at risk',
      draft: app('Payroll', { mfaMandate: 'all-users', groups: ['Staff'] }),
      expected: [
        ['Mail', ['Payroll']],
        ['Wiki', ['Payroll']],
      ],
    },
    { title: 'a new less-restrictive app: nothing', draft: app('Chat', { groups: ['Staff'] }), expected: [] },
    {
      title: 'financial data makes it most restrictive by policy',
      draft: app('Payroll', { dataClasses: ['financial'], groups: ['Staff'] }),
      expected: [
        ['Mail', ['Payroll']],
        ['Wiki', ['Payroll']],
      ],
    },
    {
      title: 'Wiki switched to Admins only: nothing (Admins always pass 2FA)',
      draft: app('Wiki', { groups: ['Admins'] }),
      original: 'Wiki',
      expected: [],
    },
    {
      title: 'EHR opened to Staff: the bypass in Wiki and Mail now reaches EHR',
      draft: app('EHR', { dataClasses: ['health'], groups: ['Admins', 'Staff'] }),
      original: 'EHR',
      expected: [
        ['Mail', ['EHR']],
        ['Wiki', ['EHR']],
      ],
    },
  ];
  for (const c of cases) {
    it(c.title, () => {
      const after = withApplicationDraft(inv, c.draft, c.original);
      const risks = bypassRisks(inv, after, policy, aboutApplication(c.draft.name));
      expect(risks.map((r) => [r.finding.applicationName, r.finding.relatedApplications])).toEqual(c.expected);
    });
  }
});

describe('bypassSummaryByGroup (the groups list column)', () => {
  it('names the bypassing apps and the most-restrictive apps reached, per group', () => {
    const x = withGroupDraft(inv, { name: 'Staff', alwaysRequireMfa: false, applications: ['Wiki', 'Mail', 'EHR'] }, 'Staff');
    const summary = bypassSummaryByGroup(assessInventory(x, policy).applications);
    expect(Object.fromEntries(summary)).toEqual({ staff: { bypassedIn: ['Mail', 'Wiki'], reaches: ['EHR'] } });
    expect(bypassSummaryByGroup(assessInventory(inv, policy).applications).size).toBe(0);
  });
});
