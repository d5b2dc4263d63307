import { describe, expect, it } from 'vitest';
import { isOverdue, slaState } from './sla';

const now = Date.parse('2026-12-04T12:00:00Z');

describe('a customer request against its answer time', () => {
  it('is overdue only while open and past its due time', () => {
    expect(isOverdue({ status: 'open', due_at: '2026-12-04T11:59:59Z' }, now)).toBe(true);
    expect(isOverdue({ status: 'open', due_at: '2026-12-04T12:00:00Z' }, now)).toBe(false); // due now: not yet late
    expect(isOverdue({ status: 'open', due_at: '2026-12-05T09:00:00+01:00' }, now)).toBe(false);
    expect(isOverdue({ status: 'answered', due_at: '2026-12-01T00:00:00Z' }, now)).toBe(false);
  });

  it('reads the due time with its offset', () => {
    // 12:30 in Madrid (UTC+1) is 11:30 UTC: already past at 12:00 UTC.
    expect(isOverdue({ status: 'open', due_at: '2026-12-04T12:30:00+01:00' }, now)).toBe(true);
  });

  it('does not call a request overdue when its due time is missing or unreadable', () => {
    expect(isOverdue({ status: 'open' }, now)).toBe(false);
    expect(isOverdue({ status: 'open', due_at: null }, now)).toBe(false);
    expect(isOverdue({ status: 'open', due_at: 'tomorrow' }, now)).toBe(false);
  });

  it('tells open, overdue, answered on time and answered late apart', () => {
    expect(slaState({ status: 'open', due_at: '2026-12-05T00:00:00Z' }, now)).toBe('open');
    expect(slaState({ status: 'open', due_at: '2026-12-03T00:00:00Z' }, now)).toBe('overdue');
    expect(slaState({ status: 'answered', due_at: '2026-12-03T00:00:00Z', answered_on_time: true }, now)).toBe('on_time');
    expect(slaState({ status: 'answered', due_at: '2026-12-03T00:00:00Z', answered_on_time: false }, now)).toBe('late');
  });
});
