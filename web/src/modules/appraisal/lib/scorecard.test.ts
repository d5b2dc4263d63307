import { describe, expect, it } from 'vitest';
import { barWidth, contributions, itemAttainment, money, percent, previousMonth, signedCards, stateOf, value, type Card, type HistoryMonth, type Row, type TeamMonth } from './scorecard';

const row = (item: string, weight: number, attainment_bp: number | null): Row =>
  ({ row: 3, item, kind: 'higher_better', unit: 'count', weight, cap_bp: 12000, actual: 1, target: 1, attainment_bp, not_applicable: attainment_bp === null ? 'no_target' : null }) as Row;

describe('appraisal figures', () => {
  it('names the card state from status, rating and acknowledgement', () => {
    expect(stateOf(null)).toBe('none');
    expect(stateOf({ status: 'open' } as Card)).toBe('draft');
    expect(stateOf({ status: 'open', conduct_rating: 4 } as Card)).toBe('rated');
    expect(stateOf({ status: 'signed', conduct_rating: 4 } as Card)).toBe('signed');
    expect(stateOf({ status: 'signed', acknowledged_at: '2026-12-01T10:00:00Z' } as Card)).toBe('acknowledged');
  });
  it('writes each unit in its own way', () => {
    expect(money(109200, 'EUR', 'en')).toBe('€1,092.00');
    expect(money(-4500, 'EUR', 'en')).toBe('-€45.00');
    expect(value(1667, 'bp', 'EUR', 'en')).toBe('16.67%');
    expect(value(4, 'rating', 'EUR', 'en')).toBe('4 / 5');
    expect(value(null, 'count', 'EUR', 'en')).toBe('–');
    expect(percent(12000, 'en')).toBe('120%');
  });
  it('shares the score over the applicable rows only', () => {
    // Weights 10 and 30 apply (40); 10·5,000 / 40 = 1,250 and 30·12,000 / 40 = 9,000 bp.
    const c = contributions([row('a', 10, 5000), row('b', 30, 12000), row('c', 20, null)]);
    expect(c.get('a')).toBe(1250);
    expect(c.get('b')).toBe(9000);
    expect(c.has('c')).toBe(false);
  });
  it('defaults to the month before', () => {
    expect(previousMonth(new Date(2026, 11, 3))).toBe('2026-11');
    expect(previousMonth(new Date(2027, 0, 15))).toBe('2026-12');
  });
});

describe('signedCards', () => {
  it('counts signed and acknowledged cards, not rated or open ones', () => {
    const states = { none: 2, draft: 1, rated: 3, signed: 4, acknowledged: 5 };
    expect(signedCards({ states } as unknown as TeamMonth)).toBe(9);
  });
});

describe('history helpers', () => {
  it('finds an item\'s attainment, none when n/a or absent', () => {
    const m = { items: [{ item: 'sales_attainment', attainment_bp: 9500, not_applicable: null }, { item: 'growth', attainment_bp: null, not_applicable: 'no_base' }] } as unknown as HistoryMonth;
    expect(itemAttainment(m, 'sales_attainment')).toBe(9500);
    expect(itemAttainment(m, 'growth')).toBeNull();
    expect(itemAttainment(m, 'conduct')).toBeNull();
  });
  it('scales a score bar so that the 120 % cap fills it', () => {
    expect(barWidth(12000)).toBe(100);
    expect(barWidth(6000)).toBe(50);
    expect(barWidth(15000)).toBe(100);
    expect(barWidth(null)).toBe(0);
    expect(barWidth(-5)).toBe(0);
  });
});
