// Issue 18.1: every text the server and the shared schemas can show a person has a German version;
// codes and paths stay as they are.
import { describe, expect, it } from 'vitest';
import { hasTranslation, localizeError, localizeMessage } from '../../../lib/i18n/error-messages';
import { applicationSchema, groupSchema } from '../../../lib/validations/inventory';
import { drillSchema } from '../../../lib/validations/drill';
import { toIssues } from '../../../lib/validations/issues';
import { schemaMessages, serverMessages } from './message-sources';

/** Not shown to a person as an error (a schema description). */
const NOT_MESSAGES = new Set(['Stable error code, e.g. VALIDATION_FAILED, CONFLICT, FORBIDDEN']);

describe('German error and validation messages', () => {
  it('the scan of the sources finds the texts (it can fail)', () => {
    const server = serverMessages().map((m) => m.text);
    const schema = schemaMessages().map((m) => m.text);
    expect(server).toContain('An application named "X" already exists.');
    expect(server).toContain('This X was changedX at X after you opened it (now version X). ');
    expect(schema).toContain('Choose an integration');
    expect(schema).toContain('Name who took part');
    expect(server.length + schema.length).toBeGreaterThan(200);
    expect(hasTranslation('A text nobody wrote yet')).toBe(false);
  });

  it('every schema message (lib/validations) has a German version', () => {
    const missing = schemaMessages().filter((m) => !NOT_MESSAGES.has(m.text) && !hasTranslation(m.text));
    expect(missing.map((m) => `${m.file}: ${m.text}`)).toEqual([]);
  });

  /** Texts put together from pieces (`${by}`, `${where}`, a choice of words): each real form. */
  const COMPOSED: Record<string, string[]> = {
    'Too many failed sign-ins. Wait X X and try again, or ask an admin.': [
      'Too many failed sign-ins. Wait 1 second and try again, or ask an admin.',
      'Too many failed sign-ins. Wait 30 seconds and try again, or ask an admin.',
    ],
    'The body is not valid JSONX.': ['The body is not valid JSON.', 'The body is not valid JSON at line 3, column 7.'],
    'This item was changedX after you read it (now version X, you sent X). Nothing was saved: reload and tick it again if needed.': [
      'This item was changed after you read it (now version 3, you sent 2). Nothing was saved: reload and tick it again if needed.',
      'This item was changed by a@example.com after you read it (now version 3, you sent 2). Nothing was saved: reload and tick it again if needed.',
    ],
    'The X is not valid.X': [
      'The application is not valid.',
      'The policy is not valid. reviewIntervalDays: Review interval must be at least 1 day',
      'The query is not valid. Invalid input',
    ],
    'Separation of duties: you changed what this review covers (last on X) since the last decision by someone else, so someone else must X.':
      [
        'Separation of duties: you changed what this review covers (last on 2026-12-01T10:00:00.000Z) since the last decision by someone else, so someone else must approve it.',
        'Separation of duties: you changed what this review covers (last on 2026-12-01T10:00:00.000Z) since the last decision by someone else, so someone else must accept the risk.',
      ],
    'This X was changedX at X after you opened it (now version X). ': [
      'This group was changed at 2026-12-01T10:00:00.000Z after you opened it (now version 2). Nothing was saved: reload to see the current values, then apply your change again.',
    ],
    'Nothing was saved: reload to see the current values, then apply your change again.': [],
  };

  it('every AppError message of the data layer, the actions and the routes has a German version', () => {
    const texts = serverMessages().flatMap((m) => (COMPOSED[m.text] ?? [m.text]).map((text) => ({ file: m.file, text })));
    const missing = texts.filter((m) => !hasTranslation(m.text));
    expect(missing.map((m) => `${m.file}: ${m.text}`)).toEqual([]);
  });

  it('the messages of issue 18.1 in German', () => {
    expect(localizeMessage('Name is required', 'de')).toBe('Der Name fehlt');
    expect(localizeMessage('Choose an integration', 'de')).toBe('Wählen Sie eine Integration');
    expect(localizeMessage('Name who took part', 'de')).toBe('Nennen Sie, wer teilgenommen hat');
    expect(localizeMessage('An application named "Payroll" already exists.', 'de')).toBe(
      'Es gibt bereits eine Anwendung namens „Payroll“.',
    );
    expect(localizeMessage('The application is not valid. name: Name is required', 'de')).toBe(
      'Die Anwendung ist nicht gültig. name: Der Name fehlt',
    );
    expect(
      localizeMessage(
        'This application was changed by editor@example.com at 2026-12-02T10:00:00.000Z after you opened it (now version 4). Nothing was saved: reload to see the current values, then apply your change again.',
        'de',
      ),
    ).toBe(
      'Die Anwendung wurde nach dem Öffnen von editor@example.com geändert (2026-12-02T10:00:00.000Z, jetzt Version 4). Nichts wurde gespeichert: laden Sie die Seite neu, um die aktuellen Werte zu sehen, und wiederholen Sie dann Ihre Änderung.',
    );
    expect(localizeMessage('Your role (viewer) may not change the inventory.', 'de')).toBe(
      'Ihre Rolle (viewer) darf nicht den Bestand ändern.',
    );
    expect(localizeMessage('Owner must be at most 120 characters', 'de')).toBe('Verantwortlich: höchstens 120 Zeichen');
    expect(localizeMessage('inventory.json: line 4: invalid JSON: unterminated string', 'de')).toBe(
      'inventory.json: Zeile 4: ungültiges JSON: nicht abgeschlossene Zeichenkette',
    );
  });

  it('English stays English, unknown texts stay as they are', () => {
    expect(localizeMessage('Name is required', 'en')).toBe('Name is required');
    expect(localizeMessage('Payroll', 'de')).toBe('Payroll');
  });

  it('localizeError keeps the code and the paths', () => {
    const e = {
      code: 'VALIDATION_FAILED',
      message: 'The group is not valid. name: Group name is required',
      issues: [{ path: 'name', message: 'Group name is required' }],
    };
    expect(localizeError(e, 'de')).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Die Gruppe ist nicht gültig. name: Der Gruppenname fehlt',
      issues: [{ path: 'name', message: 'Der Gruppenname fehlt' }],
    });
    expect(localizeError(e, 'en')).toBe(e);
  });

  it('what the empty forms produce is all German', () => {
    for (const [schema, input] of [
      [applicationSchema, { name: '', groups: [] }],
      [groupSchema, { name: '' }],
      [drillSchema, { date: '', kind: 'tabletop', scenario: 'unreachable', participants: '', outcomes: [] }],
    ] as const) {
      const r = schema.safeParse(input);
      expect(r.success).toBe(false);
      for (const issue of toIssues(r.error!)) expect(hasTranslation(issue.message), issue.message).toBe(true);
    }
  });
});
