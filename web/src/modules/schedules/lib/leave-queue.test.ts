import { describe, expect, it } from 'vitest';
import type { RecordData } from '../../../lib/api/client';
import { halfDaysTaken, overlapping, span, toDecide } from './leave-queue';

const leave = (id: number, owner: number, from: string, to: string, extra: Partial<RecordData> = {}): RecordData =>
  ({ id, version: 1, owner_id: owner, date_from: from, date_to: to, status: 'requested', ...extra }) as RecordData;

// Mon 7 – Sun 13 Dec 2026: Thursday a half-day shift, the weekend off.
const WEEK = [
  { date: '2026-12-07', half_days: 2 }, { date: '2026-12-08', half_days: 2 }, { date: '2026-12-09', half_days: 2 },
  { date: '2026-12-10', half_days: 1 }, { date: '2026-12-11', half_days: 2 }, { date: '2026-12-12', half_days: 0 },
  { date: '2026-12-13', half_days: 0 },
];

describe('leave queue', () => {
  it('counts the half days a leave takes: weekends nothing, half-day flags at either end', () => {
    expect(halfDaysTaken(leave(1, 5, '2026-12-07', '2026-12-13'), WEEK)).toBe(9);
    expect(halfDaysTaken(leave(1, 5, '2026-12-07', '2026-12-11', { from_half: true }), WEEK)).toBe(8);
    expect(halfDaysTaken(leave(1, 5, '2026-12-07', '2026-12-11', { from_half: true, to_half: true }), WEEK)).toBe(7);
    // A half-day flag on a half-day shift takes what the day has: one half day.
    expect(halfDaysTaken(leave(1, 5, '2026-12-10', '2026-12-10', { to_half: true }), WEEK)).toBe(1);
    expect(halfDaysTaken(leave(1, 5, '2026-12-12', '2026-12-13'), WEEK)).toBe(0);
    // Days outside the range (the read spans every request) are not counted.
    expect(halfDaysTaken(leave(1, 5, '2026-12-08', '2026-12-09'), WEEK)).toBe(4);
  });

  it('finds other people away in the range, requested or approved, ends included', () => {
    const mine = leave(1, 5, '2026-12-08', '2026-12-10');
    const others = [
      leave(2, 6, '2026-12-10', '2026-12-14', { status: 'approved' }),
      leave(3, 7, '2026-12-01', '2026-12-08'),
      leave(4, 8, '2026-12-11', '2026-12-12', { status: 'approved' }),
      leave(5, 9, '2026-12-09', '2026-12-09', { status: 'rejected' }),
      leave(6, 5, '2026-12-09', '2026-12-09', { status: 'approved' }),
      mine,
    ];
    expect(overlapping(mine, others).map((o) => o.id)).toEqual([2, 3]);
  });

  it('spans all requests and lists those to decide, not my own, earliest first', () => {
    const rs = [leave(3, 6, '2026-12-20', '2026-12-22'), leave(1, 5, '2026-12-08', '2026-12-09'),
      leave(2, 7, '2026-12-08', '2027-01-04'), leave(4, 6, '2026-12-01', '2026-12-02', { status: 'approved' })];
    expect(span(rs)).toEqual({ from: '2026-12-01', to: '2027-01-04' });
    expect(span([])).toBeNull();
    expect(toDecide(rs, 5).map((r) => r.id)).toEqual([2, 3]);
  });
});
