import { describe, expect, it } from 'vitest';
import { cellMark, monthDays, monthRange, nowClock, today } from './month';

describe('schedule dates', () => {
  it('spans a month, leap years included', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthRange('2028-02').to).toBe('2028-02-29');
    expect(monthDays('2026-02')).toHaveLength(28);
    expect(monthDays('2026-11')[29]).toBe('2026-11-30');
  });
  it('writes local dates and clock times as the server reads them', () => {
    const d = new Date(2026, 0, 5, 7, 4);
    expect(today(d)).toBe('2026-01-05');
    expect(nowClock(d)).toBe('07:04');
  });
  it('marks a grid cell by why the person is away, else by the shift', () => {
    const day = (reason: string | null, half_days = 2) => ({ date: '2026-12-01', half_days, fraction: '1', reason, detail: null });
    expect(cellMark(day('holiday', 0), undefined, false)).toBe('H');
    expect(cellMark(day('leave', 0), 'Office day', false)).toBe('L');
    expect(cellMark(day('weekend', 0), undefined, false)).toBe('');
    expect(cellMark(day('rota_off', 0), undefined, true)).toBe('–');
    expect(cellMark(day(null), 'Customer visits', false)).toBe('CV');
    expect(cellMark(day('leave', 1), 'Office day', false)).toBe('OD½');
    expect(cellMark(day(null), undefined, false)).toBe('•');
  });
});
