// Names and explanations in English and German (German terms from the German edition of the guide).
import { describe, expect, it } from 'vitest';
import { assessInventory } from '../../../lib/domain/assess';
import {
  criticalityName,
  dataClassName,
  explainLevel,
  failmodeName,
  findingTitle,
  formatList,
  levelDegradationAdvice,
  levelDescription,
  levelName,
  mfaMandateName,
  quote,
  quotedList,
  severityName,
} from '../../../lib/domain/messages';
import { renderAssessmentMarkdown, mdEscape } from '../../../lib/domain/report-md';
import {
  CONFIGURED_FAILMODES,
  CRITICALITIES,
  DATA_CLASSES,
  FINDING_CODES,
  LANGS,
  MFA_MANDATES,
  RESTRICTION_LEVELS,
  SEVERITIES,
} from '../../../lib/domain/types';
import { app, group, policy } from './fixtures';

describe('names', () => {
  it('level names follow the guide (German: "Am stärksten restriktiv", "Restriktiv", "Weniger restriktiv")', () => {
    expect(RESTRICTION_LEVELS.map((l) => levelName(l, 'en'))).toEqual(['Most restrictive', 'Restrictive', 'Less restrictive']);
    expect(RESTRICTION_LEVELS.map((l) => levelName(l, 'de'))).toEqual(['Am stärksten restriktiv', 'Restriktiv', 'Weniger restriktiv']);
  });

  it('failmode names keep "Fail safe" / "Fail secure" in German too', () => {
    expect(CONFIGURED_FAILMODES.map((f) => failmodeName(f, 'de'))).toEqual([
      'Fail safe',
      'Fail secure',
      'Keine Failmode-Einstellung',
      'Unbekannt',
    ]);
    expect(CONFIGURED_FAILMODES.map((f) => failmodeName(f, 'en'))).toEqual(['Fail safe', 'Fail secure', 'No failmode setting', 'Unknown']);
  });

  it('severity names', () => {
    expect(SEVERITIES.map((s) => severityName(s, 'en'))).toEqual(['Critical', 'Warning', 'Info']);
    expect(SEVERITIES.map((s) => severityName(s, 'de'))).toEqual(['Kritisch', 'Warnung', 'Hinweis']);
  });

  it('every name exists in both languages and differs where the languages differ', () => {
    for (const lang of LANGS) {
      for (const c of CRITICALITIES) expect(criticalityName(c, lang)).not.toBe('');
      for (const d of DATA_CLASSES) expect(dataClassName(d, lang)).not.toBe('');
      for (const m of MFA_MANDATES) expect(mfaMandateName(m, lang)).not.toBe('');
      for (const code of FINDING_CODES) expect(findingTitle(code, lang)).not.toBe('');
    }
    expect(dataClassName('health', 'de')).toBe('Patientenakten');
  });

  it('guide p.3 row texts and the degradation column, in both languages', () => {
    expect(levelDescription('restrictive', 'en')).toBe(
      'Some subsets of users are always required to pass two-factor authentication, without exception.',
    );
    expect(levelDescription('restrictive', 'de')).toMatch(/Für einige Untergruppen von BenutzerInnen/);
    expect(levelDegradationAdvice('most-restrictive', 'en')).toMatch(/should NOT be switched to "bypass" status/);
    expect(levelDegradationAdvice('most-restrictive', 'de')).toMatch(/sollten NICHT in den Status „Umgehung“ gesetzt werden/);
    expect(levelDegradationAdvice('less-restrictive', 'de')).toMatch(/können auf „Umgehung“ gesetzt werden/);
  });
});

describe('formatting', () => {
  it('quotes and lists', () => {
    expect(quote('EHR', 'en')).toBe('"EHR"');
    expect(quote('EHR', 'de')).toBe('„EHR“');
    expect(formatList([], 'en')).toBe('');
    expect(formatList(['a'], 'en')).toBe('a');
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
    expect(formatList(['a', 'b', 'c'], 'de')).toBe('a, b und c');
    expect(quotedList(['a', 'b', 'c'], 'en', 2)).toBe('"a", "b" and 1 more');
    expect(quotedList(['a', 'b', 'c'], 'de', 2)).toBe('„a“, „b“ und 1 weitere');
  });

  it('names are interpolated as plain text (no HTML escaping in the engine)', () => {
    const r = assessInventory({ groups: [], applications: [app({ name: '<b>&"x"', groups: [] })] }, policy());
    const md = renderAssessmentMarkdown(r, 'en');
    expect(md).toContain('\\<b\\>&"x"');
    expect(mdEscape('a|b')).toBe('a\\|b');
  });
});

describe('explainLevel', () => {
  const r = assessInventory(
    {
      groups: [group('Clinicians', true), group('Staff')],
      applications: [
        app({ name: 'EHR', mfaMandate: 'all-users', dataClasses: ['health'], groups: ['Clinicians'] }),
        app({ name: 'VPN', mfaMandate: 'some-groups', groups: ['Staff', 'Clinicians'] }),
        app({ name: 'Wiki', dataClasses: ['ip'], groups: ['Staff'] }),
      ],
    },
    policy(),
  );
  const [ehr, vpn, wiki] = r.applications;

  it('English', () => {
    expect(explainLevel(ehr!.why, 'en')).toEqual([
      'Most restrictive: recommended failmode when Duo is unreachable: Fail secure.',
      'Contract, law, policy or data sensitivity requires two-factor authentication for all users, without exception (MFA mandate: all users).',
      'It holds health records, which the organisation policy says mandate 2FA for all users.',
      'Also noted (does not change the level): Groups with access that must always pass 2FA: "Clinicians".',
    ]);
    expect(explainLevel(vpn!.why, 'en')[0]).toBe('Restrictive: recommended failmode when Duo is unreachable: Fail secure.');
    expect(explainLevel(wiki!.why, 'en')[1]).toMatch(/It holds intellectual property \(IP\), which the organisation policy does not treat/);
  });

  it('German', () => {
    expect(explainLevel(ehr!.why, 'de')[0]).toBe(
      'Am stärksten restriktiv: empfohlener Failmode bei Nichterreichbarkeit von Duo: Fail secure.',
    );
    expect(explainLevel(ehr!.why, 'de')[2]).toBe(
      'Die Anwendung enthält Patientenakten; laut Organisationsrichtlinie erfordern diese Daten 2FA für alle BenutzerInnen.',
    );
    expect(explainLevel(vpn!.why, 'de')).toContain('Gruppen mit Zugriff, die immer 2FA bestehen müssen: „Clinicians“.');
    expect(explainLevel(wiki!.why, 'de')[0]).toBe('Weniger restriktiv: empfohlener Failmode bei Nichterreichbarkeit von Duo: Fail safe.');
  });

  it('the Markdown report is German when asked', () => {
    const md = renderAssessmentMarkdown(r, 'de', { source: 'x.json' });
    expect(md).toMatch(/^# Bewertung der Ausfallbereitschaft/);
    expect(md).toContain('Darf NICHT auf „Umgehung“ gesetzt werden: Clinicians');
    expect(md).toContain('| EHR | Am stärksten restriktiv | Fail secure | Fail secure | 0 | 0 | 0 |');
  });
});
