import { describe, expect, it } from 'vitest';
import {
  attainment, band, cellDrill, daysInMonth, defaultRange, drillUrl, figure, isMeasure, isMonth, monthBounds, monthLabel, monthSpan,
  quickRange, rangeKind, shiftMonth,
} from './matrix';

describe('matrix months', () => {
  it('moves across year ends both ways', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2026-12', -11)).toBe('2026-01');
    expect(shiftMonth('2026-03', -35)).toBe('2023-04');
    expect(shiftMonth('2026-03', 0)).toBe('2026-03');
  });
  it('counts a span with both ends', () => {
    expect(monthSpan('2026-01', '2026-12')).toBe(12);
    expect(monthSpan('2025-12', '2026-01')).toBe(2);
    expect(monthSpan('2026-05', '2026-05')).toBe(1);
    expect(monthSpan('2026-05', '2026-04')).toBe(0);
  });
  it('knows the last day of every month, February by the leap-year rule', () => {
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthBounds('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(daysInMonth('2000-02')).toBe(29);
    expect(daysInMonth('2100-02')).toBe(28);
    expect(monthBounds('2026-04').last).toBe('2026-04-30');
    expect(monthBounds('2026-12').last).toBe('2026-12-31');
  });
  it('tells a month and a measure from anything else', () => {
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth(null)).toBe(false);
    expect(isMeasure('visits')).toBe(true);
    expect(isMeasure('margin')).toBe(false);
  });
  it('heads a column with the short month and the year in the reader\'s language', () => {
    expect(monthLabel('2026-01', 'en-GB')).toBe('Jan 2026');
    expect(monthLabel('2026-12', 'en-GB')).toBe('Dec 2026');
    expect(monthLabel('2026-03', 'de-DE')).toMatch(/^März 2026$/);
    expect(monthLabel('2026-03', 'zh-CN')).toContain('2026');
  });
});

describe('matrix ranges', () => {
  it('picks the last 12 and 36 months up to the current one, and this calendar year', () => {
    expect(quickRange('last12', '2026-12')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(quickRange('last12', '2026-03')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(quickRange('last36', '2026-03')).toEqual({ from: '2023-04', to: '2026-03' });
    expect(monthSpan(quickRange('last36', '2026-03').from, '2026-03')).toBe(36);
    expect(quickRange('thisYear', '2026-03')).toEqual({ from: '2026-01', to: '2026-12' });
    expect(defaultRange('2026-07')).toEqual({ from: '2025-08', to: '2026-07' });
  });
  it('names the quick button a range is, if any', () => {
    expect(rangeKind('2025-04', '2026-03', '2026-03')).toBe('last12');
    expect(rangeKind('2026-01', '2026-12', '2026-03')).toBe('thisYear');
    expect(rangeKind('2023-04', '2026-03', '2026-03')).toBe('last36');
    expect(rangeKind('2026-02', '2026-03', '2026-03')).toBeNull();
  });
});

describe('matrix figures and bands', () => {
  it('colours by attainment with the edges where they belong', () => {
    expect(band(0)).toBe('low');
    expect(band(7999)).toBe('low');
    expect(band(8000)).toBe('near');
    expect(band(9999)).toBe('near');
    expect(band(10000)).toBe('met');
    expect(band(25000)).toBe('met');
    expect(band(-500)).toBe('low');
    expect(band(null)).toBeNull();
    expect(band(undefined)).toBeNull();
  });
  it('writes attainment cut to one decimal, so a band is never contradicted by its figure', () => {
    expect(attainment(9999, 'en')).toBe('99.9%');
    expect(attainment(7999, 'en')).toBe('79.9%');
    expect(attainment(8000, 'en')).toBe('80%');
    expect(attainment(10000, 'en')).toBe('100%');
    expect(attainment(8230, 'en')).toBe('82.3%');
    expect(attainment(null, 'en')).toBe('–');
    expect(attainment(-1234, 'en')).toBe('-12.3%');
  });
  it('writes money from minor units in the unit\'s currency and counts as integers', () => {
    expect(figure(1234500, 'EUR', 'en')).toBe('€12,345.00');
    expect(figure(697, 'JPY', 'en')).toBe('¥697');
    expect(figure(1234, 'count', 'en')).toBe('1,234');
    expect(figure(0, 'count', 'de')).toBe('0');
  });
});

describe('matrix drill-downs', () => {
  it('lists a person\'s posted invoices dated in the month, February of a leap year to the 29th', () => {
    expect(cellDrill('revenue', '2024-02', 7)).toBe('/invoices?owner_id=7&status=posted&invoice_date__gte=2024-02-01&invoice_date__lte=2024-02-29');
    expect(cellDrill('revenue', '2026-02', 7)).toBe('/invoices?owner_id=7&status=posted&invoice_date__gte=2026-02-01&invoice_date__lte=2026-02-28');
    expect(cellDrill('revenue', '2026-12', 7)).toBe('/invoices?owner_id=7&status=posted&invoice_date__gte=2026-12-01&invoice_date__lte=2026-12-31');
  });
  it('lists confirmed orders ordered in the month', () => {
    expect(cellDrill('orders', '2026-04', 12)).toBe('/sales-orders?owner_id=12&status=confirmed&ordered_on__gte=2026-04-01&ordered_on__lte=2026-04-30');
  });
  it('lists done visits and calls, and the accounts for new customers', () => {
    expect(cellDrill('visits', '2026-04', 3)).toBe('/activities?owner_id=3&kind=visit&status=done');
    expect(cellDrill('calls', '2026-04', 3)).toBe('/activities?owner_id=3&kind=call&status=done');
    expect(cellDrill('new_customers', '2026-04', 3)).toBe('/accounts?owner_id=3');
  });
  it('leaves the owner out for the team row', () => {
    expect(cellDrill('revenue', '2026-01', null)).toBe('/invoices?status=posted&invoice_date__gte=2026-01-01&invoice_date__lte=2026-01-31');
    expect(cellDrill('visits', '2026-01', null)).toBe('/activities?kind=visit&status=done');
    expect(cellDrill('new_customers', '2026-01', null)).toBe('/accounts');
  });
  it('spans a total from the first month\'s first day to the last month\'s last', () => {
    expect(drillUrl('revenue', '2023-03', '2024-02', 7)).toBe('/invoices?owner_id=7&status=posted&invoice_date__gte=2023-03-01&invoice_date__lte=2024-02-29');
    expect(drillUrl('orders', '2026-01', '2026-12', null)).toBe('/sales-orders?status=confirmed&ordered_on__gte=2026-01-01&ordered_on__lte=2026-12-31');
  });
});
