// English and German texts of the simulator (lib/domain/simulator-messages.ts).
import { describe, expect, it } from 'vitest';
import {
  SIMULATION_ACTION_TYPES,
  SIMULATION_FINDING_CODES,
  SIMULATION_OUTCOMES,
  SIMULATION_REASONS,
  SIMULATION_SCENARIOS,
  simulationActionName,
  simulationErrorMessage,
  simulationFindingMessage,
  simulationOutcomeName,
  simulationReasonText,
  simulationScenarioName,
  toSimulationResponse,
} from '../../../lib/domain/simulator';
import type { SimulationFinding } from '../../../lib/domain/simulator';
import { LANGS } from '../../../lib/domain/types';
import type { World } from './helpers';
import { app, group, policy, run } from './helpers';

const world: World = {
  groups: [group('Staff'), group('Clinicians', true), group('Idle')],
  applications: [
    app({ name: 'VPN', integration: 'auth-proxy-radius', configuredFailmode: 'safe', groups: ['Staff', 'Clinicians'] }),
    app({
      name: 'EHR',
      integration: 'auth-proxy-ldap',
      configuredFailmode: 'safe',
      dataClasses: ['health'],
      groups: ['Clinicians', 'Staff'],
    }),
    app({ name: 'Mail', integration: 'owa', configuredFailmode: 'secure', groups: ['Staff'] }),
    app({ name: 'Wiki', integration: 'duo-sso', configuredFailmode: 'none', groups: ['Staff'] }),
    app({ name: 'Gate', integration: 'duo-access-gateway', configuredFailmode: 'unknown', groups: ['Staff'] }),
    app({ name: 'Radius2', integration: 'auth-proxy-radius', configuredFailmode: 'secure', groups: ['Staff'] }),
  ],
};

function allFindings(): SimulationFinding[] {
  const a = run(world, 'auth-not-completing', [
    { type: 'firewall-block' },
    { type: 'bypass-group', group: 'Clinicians' },
    { type: 'bypass-group', group: 'Idle' },
    { type: 'policy-bypass', application: 'EHR' },
    { type: 'policy-bypass', application: 'Wiki' },
    { type: 'primary-only', application: 'VPN', minutes: 500 },
    { type: 'primary-only', application: 'Mail', minutes: 60 },
    { type: 'primary-only', application: 'Radius2', minutes: 60 },
  ]);
  const b = run({ ...world, policy: policy({ paidEdition: false }) }, 'push-down', [
    { type: 'policy-bypass', application: 'Mail' },
    { type: 'bypass-group', group: 'Staff' },
  ]);
  return [...a.findings, ...b.findings];
}

describe('simulation finding messages', () => {
  const findings = allFindings();

  it('the fixture produces every finding code', () => {
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(SIMULATION_FINDING_CODES));
  });

  for (const lang of LANGS) {
    it(`every finding has a ${lang} message naming what it is about`, () => {
      for (const f of findings) {
        const m = simulationFindingMessage(f, lang);
        expect(m.length, f.code).toBeGreaterThan(40);
        expect(m, f.code).not.toMatch(/undefined|NaN|\[object/);
        const named = [...f.applications.slice(0, 1), ...f.groups.slice(0, 1)];
        expect(
          named.some((n) => m.includes(n)),
          `${f.code}: ${m}`,
        ).toBe(true);
      }
    });
  }

  it("German differs from English and uses the guide's terms", () => {
    const de = findings.map((f) => simulationFindingMessage(f, 'de')).join('\n');
    for (const f of findings) expect(simulationFindingMessage(f, 'de')).not.toBe(simulationFindingMessage(f, 'en'));
    expect(de).toContain('„Umgehung“');
    expect(de).toContain('Nur primäre Modus');
    expect(de).toContain('Authentifizierungsrichtlinie');
  });

  it('names exist for every outcome, scenario, action and reason in both languages', () => {
    for (const lang of LANGS) {
      for (const o of SIMULATION_OUTCOMES) expect(simulationOutcomeName(o, lang)).not.toBe('');
      for (const s of SIMULATION_SCENARIOS) expect(simulationScenarioName(s, lang)).not.toBe('');
      for (const t of SIMULATION_ACTION_TYPES) expect(simulationActionName(t, lang)).not.toBe('');
      for (const r of SIMULATION_REASONS) expect(simulationReasonText(r, lang).length).toBeGreaterThan(20);
    }
  });

  it('errors say where and what', () => {
    const e = { code: 'SIM_UNKNOWN_REFERENCE', path: ['actions', 2, 'group'], kind: 'group', name: 'Nobody' } as const;
    expect(simulationErrorMessage({ ...e, path: [...e.path] }, 'en')).toBe('actions[2].group: group "Nobody" is not in the inventory');
    expect(simulationErrorMessage({ ...e, path: [...e.path] }, 'de')).toBe('actions[2].group: Gruppe „Nobody“ ist nicht im Inventar');
  });

  it('toSimulationResponse has the SPEC §3 shape: results with application/group/outcome, findings with a message', () => {
    const res = toSimulationResponse(run(world, 'auth-not-completing', [{ type: 'firewall-block' }]), 'en');
    expect(res.results[0]).toEqual(expect.objectContaining({ application: 'EHR', group: 'Clinicians', outcome: 'allowed-without-2fa' }));
    for (const f of res.findings) expect(Object.keys(f).sort()).toEqual(['applications', 'code', 'groups', 'message', 'severity']);
    expect(JSON.parse(JSON.stringify(res))).toEqual(res);
  });
});
