import { describe, expect, it } from 'vitest';
import { accuracySeries, asKind, mayAdjust, mayWithdraw, shiftPeriod, statisticalSeries, toMinor } from './forecast';

describe('forecast periods', () => {
  it('steps months and quarters across the year', () => {
    expect(shiftPeriod('2026-12', 1)).toBe('2027-01');
    expect(shiftPeriod('2026-01', -1)).toBe('2025-12');
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
  });
  it('turns a month into its quarter and a quarter into its first month', () => {
    expect(asKind('2026-12', 'quarter')).toBe('2026-Q4');
    expect(asKind('2026-04', 'quarter')).toBe('2026-Q2');
    expect(asKind('2026-Q3', 'month')).toBe('2026-07');
    expect(asKind('2026-05', 'month')).toBe('2026-05');
  });
});

describe('typed amounts', () => {
  it('reads dot or comma decimals into minor units exactly', () => {
    expect(toMinor('1234.5', 2)).toBe(123450);
    expect(toMinor('0,07', 2)).toBe(7);
    expect(toMinor('19.99', 2)).toBe(1999); // 19.99 * 100 is 1998.9999999999998 in floating point
    expect(toMinor('1001', 0)).toBe(1001);
  });
  it('refuses what is not a non-negative amount of the currency', () => {
    expect(toMinor('1.234', 2)).toBeNull();
    expect(toMinor('-5', 2)).toBeNull();
    expect(toMinor('1.234,50', 2)).toBeNull();
    expect(toMinor('', 2)).toBeNull();
  });
});

describe('who may act', () => {
  const people = [
    { user_id: 10, manager_id: null, role: 'manager' },
    { user_id: 11, manager_id: 10, role: 'rep' },
    { user_id: 20, manager_id: 10, role: 'manager' },
  ];
  it('a leader adjusts direct reports and their own number; a rep nothing', () => {
    expect(mayAdjust(10, people[1])).toBe(true);
    expect(mayAdjust(10, people[0])).toBe(true);
    expect(mayAdjust(11, people[1])).toBe(false);
    expect(mayAdjust(20, people[1])).toBe(false);
  });
  it('the author or the author\'s direct manager withdraws', () => {
    expect(mayWithdraw(20, 20, people)).toBe(true);
    expect(mayWithdraw(10, 20, people)).toBe(true);
    expect(mayWithdraw(11, 20, people)).toBe(false);
    expect(mayWithdraw(null, 20, people)).toBe(false);
  });
});

describe('chart series', () => {
  it('gives accuracy in major units, months without a snapshot empty', () => {
    const s = accuracySeries([
      { month: '2026-01', forecast: 100050, raw_forecast: 90000, actual: 120000 },
      { month: '2026-02', forecast: null, raw_forecast: null, actual: 5 },
    ], 2);
    expect(s.months).toEqual(['2026-01', '2026-02']);
    expect(s.forecast).toEqual([1000.5, null]);
    expect(s.raw).toEqual([900, null]);
    expect(s.actual).toEqual([1200, 0.05]);
  });
  it('aligns actuals, holdout and forecast on one axis and bands peak runs', () => {
    const month = (m: string, value: number) => ({ month: m, value });
    const season = Array.from({ length: 12 }, (_, i) => ({
      month: i + 1, mean: 0, kind: (i + 1 === 12 || i + 1 === 1 ? 'peak' : i + 1 === 8 ? 'off_peak' : 'normal') as 'peak' | 'off_peak' | 'normal',
    }));
    const s = statisticalSeries({
      history: [month('2025-11', 1), month('2025-12', 2), month('2026-01', 3)],
      forecast: [month('2026-02', 4)],
      season,
      chosen: 'seasonal_naive',
      backtest: { seasonal_naive: { holdout_forecast: [month('2026-01', 2.5)] }, holt_winters: null },
    });
    expect(s.months).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(s.actual).toEqual([1, 2, 3, null]);
    expect(s.seasonalNaive).toEqual([null, null, 2.5, null]);
    expect(s.holtWinters).toBeNull();
    expect(s.forecast).toEqual([null, null, null, 4]);
    // December and January are one peak run across the year's turn.
    expect(s.bands).toEqual([{ kind: 'peak', from: '2025-12', to: '2026-01' }]);
  });
});
