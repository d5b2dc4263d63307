import { describe, expect, it } from 'vitest';
import { barHeight, monthDays, unitOf } from './month-days';

describe('a plan month day by day', () => {
  it('lists every day of the period, adds the rows of the plan unit and leaves other currencies out', () => {
    const days = monthDays('2026-02-26', '2026-03-02', [
      { day: '2026-02-27', unit: 'EUR', amount: 5_000 },
      { day: '2026-02-27', unit: 'EUR', amount: -1_000 },
      { day: '2026-02-28', unit: 'USD', amount: 9_999 },
      { day: '2026-03-02', unit: 'EUR', amount: 700 },
    ], 'EUR');
    expect(days).toEqual([
      { date: '2026-02-26', amount: 0 },
      { date: '2026-02-27', amount: 4_000 },
      { date: '2026-02-28', amount: 0 },
      { date: '2026-03-01', amount: 0 },
      { date: '2026-03-02', amount: 700 },
    ]);
  });
  it('counts are in the unit "count"', () => {
    expect(unitOf(null)).toBe('count');
    expect(unitOf('EUR')).toBe('EUR');
  });
  it('draws bars against the best day, a small one still visible, none for zero or below', () => {
    const days = [{ date: 'a', amount: 200 }, { date: 'b', amount: 1 }, { date: 'c', amount: -50 }];
    expect(barHeight(200, days)).toBe(100);
    expect(barHeight(1, days)).toBe(4);
    expect(barHeight(-50, days)).toBe(0);
    expect(barHeight(0, [{ date: 'a', amount: 0 }])).toBe(0);
  });
});
