import { describe, expect, it } from 'vitest';
import {
  bucketRows, fromMinor, overdueOf, promiseOverdue, promiseQueries, rowsBaseFirst, subtract, sum, toMinor, withUnapplied,
  type Ageing, type AgeingRow,
} from './finance-home';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

// The worked example of docs/billing.md at 30 Jun 2026: not due 100 | 0–30 500 | 31–60 900 |
// 61–90 1,300 | > 90 800, open 3,600, unapplied −50.
const row: AgeingRow = {
  group_id: null, currency: 'EUR', not_due: eur('100.00'), d0_30: eur('500.00'), d31_60: eur('900.00'),
  d61_90: eur('1300.00'), over_90: eur('800.00'), open: eur('3600.00'), unapplied: eur('-50.00'),
  carrying_base: eur('3600.00'), unapplied_base: eur('-50.00'),
};

describe('the ageing card', () => {
  it('counts as overdue what is open less what is not due yet (3,600.00 − 100.00 = 3,500.00)', () => {
    expect(overdueOf(row)).toEqual(eur('3500.00'));
  });

  it('subtracts exactly in minor units, where floats would not (0.30 − 0.10 = 0.20, not 0.19999…)', () => {
    expect(subtract(eur('0.30'), eur('0.10'))).toEqual(eur('0.20'));
    expect(subtract(eur('90071992547409.93'), eur('0.01'))).toEqual(eur('90071992547409.92'));
    expect(subtract(eur('1.00'), eur('2.50'))).toEqual(eur('-1.50'));
  });

  it('sums one currency exactly (0.10 + 0.20 + 33.33 = 33.63) and none to zero', () => {
    expect(sum([eur('0.10'), eur('0.20'), eur('33.33')], 'EUR', 2)).toEqual(eur('33.63'));
    expect(sum([], 'EUR', 2)).toEqual(eur('0.00'));
    expect(() => sum([eur('1.00')], 'USD', 2)).toThrow(/never added/);
  });

  it('never adds two currencies', () => {
    expect(() => subtract(eur('1.00'), { amount: '1.00', currency: 'USD' })).toThrow(/never added/);
  });

  it('keeps a currency without fraction digits whole (JPY 1500 − 200 = 1300)', () => {
    expect(subtract({ amount: '1500', currency: 'JPY' }, { amount: '200', currency: 'JPY' })).toEqual({ amount: '1300', currency: 'JPY' });
  });

  it('reads and writes minor units both ways, signs included', () => {
    expect(toMinor('1234.5', 2)).toBe(123450n);
    expect(toMinor('-0.05', 2)).toBe(-5n);
    expect(fromMinor(-5n, 2)).toBe('-0.05');
    expect(fromMinor(123450n, 2)).toBe('1234.50');
    expect(fromMinor(7n, 0)).toBe('7');
    expect(() => toMinor('1.234', 2)).toThrow();
    expect(() => toMinor('abc', 2)).toThrow();
  });

  it('lists the buckets in the ageing order with their minor units', () => {
    expect(bucketRows(row).map((b) => [b.bucket, b.minor])).toEqual([
      ['not_due', 10000n], ['d0_30', 50000n], ['d31_60', 90000n], ['d61_90', 130000n], ['over_90', 80000n],
    ]);
  });

  it('puts the company currency first, then the others by code', () => {
    const usd = { ...row, currency: 'USD' };
    const chf = { ...row, currency: 'CHF' };
    const ageing: Ageing = { as_of: '2026-06-30', group: 'none', base_currency: 'EUR', rows: [usd, row, chf] };
    expect(rowsBaseFirst(ageing).map((r) => r.currency)).toEqual(['EUR', 'CHF', 'USD']);
  });
});

describe('the promise card', () => {
  it('asks for open promises due by today + 7 and broken ones found in the last 30 days', () => {
    // 3 Dec 2026 + 7 = 10 Dec; − 30 = 3 Nov.
    expect(promiseQueries('2026-12-03')).toEqual({
      due: 'status=open&promised_on__lte=2026-12-10&sort=promised_on&limit=20',
      broken: 'status=broken&evaluated_on__gte=2026-11-03&sort=-evaluated_on&limit=20',
    });
  });


  it('calls an open promise overdue only after its day', () => {
    expect(promiseOverdue('2026-12-02', '2026-12-03')).toBe(true);
    expect(promiseOverdue('2026-12-03', '2026-12-03')).toBe(false);
  });
});

describe('the unapplied payments card', () => {
  it('keeps the payments with something left to apply', () => {
    const items = [
      { id: 1, unapplied: eur('250.00') },
      { id: 2, unapplied: eur('0.01') },
      { id: 3, unapplied: eur('0.00') },
      { id: 4, unapplied: null },
      { id: 5 },
    ];
    expect(withUnapplied(items).map((p) => p.id)).toEqual([1, 2]);
  });
});
