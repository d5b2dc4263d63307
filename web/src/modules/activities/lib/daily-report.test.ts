import { describe, expect, it } from 'vitest';
import { localHour, missingByRep, missingYesterday, previousDay, reportState, shownFigures } from './daily-report';

const r = (o: Record<string, unknown>) => ({ id: 1, version: 1, ...o });

describe('the daily report card', () => {
  it('names the state: late is a submission after noon of the next day; reviewed wins', () => {
    expect(reportState(null)).toBe('none');
    expect(reportState(r({ status: 'draft' }))).toBe('draft');
    expect(reportState(r({ status: 'submitted', on_time: true }))).toBe('submitted');
    expect(reportState(r({ status: 'submitted', on_time: false }))).toBe('late');
    expect(reportState(r({ status: 'reviewed', on_time: false }))).toBe('reviewed');
  });

  it('reads the hour in the organisation\'s zone, not the phone\'s', () => {
    // 10:30 UTC is 11:30 in Madrid (winter, UTC+1) and 18:30 in Shanghai.
    const now = new Date('2024-03-01T10:30:00Z');
    expect(localHour(now, 'Europe/Madrid')).toBe(11);
    expect(localHour(now, 'Asia/Shanghai')).toBe(18);
    expect(localHour(new Date('2024-03-01T23:00:00Z'), 'Europe/Madrid')).toBe(0);
  });

  it('offers yesterday\'s missing report before noon on the day after a weekday', () => {
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
    expect(previousDay('2025-01-01')).toBe('2024-12-31');
    // Friday 1 March 2024, 11:00: Thursday's report is missing.
    expect(missingYesterday('2024-03-01', 11, null)).toBe('2024-02-29');
    expect(missingYesterday('2024-03-01', 11, r({ status: 'draft' }))).toBe('2024-02-29');
    expect(missingYesterday('2024-03-01', 11, r({ status: 'submitted', on_time: true }))).toBeNull();
    expect(missingYesterday('2024-03-01', 12, null)).toBeNull(); // noon: it can no longer be on time
    // Monday 4 March: yesterday was a Sunday.
    expect(missingYesterday('2024-03-04', 9, null)).toBeNull();
  });

  it('shows the live count until the report is submitted, then the signed figures', () => {
    const live = r({ calls: 3 });
    const draft = r({ status: 'draft', calls: 1 });
    const sent = r({ status: 'submitted', calls: 2 });
    expect(shownFigures(null, live, true)).toBe(live);
    expect(shownFigures(draft, live, true)).toBe(live);
    expect(shownFigures(sent, live, true)).toBe(sent);
    expect(shownFigures(draft, live, false)).toBe(draft); // yesterday's: counted when written
    expect(shownFigures(null, live, false)).toBeNull();
  });
});

describe('the review queue', () => {
  it('groups missing days per rep in the server\'s order', () => {
    const m = (owner_id: number, report_date: string) => ({ owner_id, report_date, overdue: true, draft_id: null });
    const groups = missingByRep([m(5, '2024-02-23'), m(5, '2024-02-26'), m(7, '2024-02-23')]);
    expect(groups.map((g) => [g.owner_id, g.days.map((d) => d.report_date)])).toEqual([
      [5, ['2024-02-23', '2024-02-26']],
      [7, ['2024-02-23']],
    ]);
  });
});
