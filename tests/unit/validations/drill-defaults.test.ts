// Issue 18 item 9: a new follow-up is not due on the day of the drill.
import { describe, expect, it } from 'vitest';
import { defaultFollowUpDue, drillSchema, FOLLOW_UP_DEFAULT_DAYS } from '../../../lib/validations/drill';

describe('defaultFollowUpDue', () => {
  const cases: [drill: string, today: string, expected: string][] = [
    ['2026-12-02', '2026-12-02', '2026-12-16'], // drill today: two weeks on
    ['2026-12-24', '2026-12-02', '2027-01-07'], // planned drill: after it, across the year
    ['2026-11-01', '2026-12-02', '2026-12-16'], // recorded late: from today, never in the past
    ['2028-02-20', '2028-02-01', '2028-03-05'], // leap year
    ['', '2026-12-02', '2026-12-16'], // no drill date yet
    ['not a date', '2026-12-02', '2026-12-16'],
  ];
  for (const [drill, today, expected] of cases) {
    it(`drill ${drill || '(empty)'}, today ${today} → ${expected}`, () => {
      expect(defaultFollowUpDue(drill, today)).toBe(expected);
    });
  }
  it('is 14 days and a due date the schema accepts', () => {
    expect(FOLLOW_UP_DEFAULT_DAYS).toBe(14);
    const due = defaultFollowUpDue('2026-12-02', '2026-12-02');
    const r = drillSchema.shape.followUps.safeParse([{ title: 'x', owner: 'y', dueDate: due }]);
    expect(r.success).toBe(true);
  });
});
