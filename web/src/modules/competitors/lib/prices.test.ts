import { describe, expect, it } from 'vitest';
import type { RecordData } from '../../../lib/api/client';
import { blankPrice, newestFirst, today } from './prices';

const row = (id: number, seen_on: string | null): RecordData => ({ id, version: 1, seen_on });

describe('prices seen', () => {
  it('lists the newest first, undated last, and the latest recorded first on the same day', () => {
    const rows = [row(1, '2026-01-10'), row(2, null), row(3, '2026-03-01'), row(4, '2026-01-10'), row(5, null), row(6, '2025-12-31')];
    expect(newestFirst(rows).map((r) => r.id)).toEqual([3, 4, 1, 6, 5, 2]);
  });

  it('gives today in the local calendar and a blank price in the currency', () => {
    const late = new Date(2026, 0, 31, 23, 30);
    expect(today(late)).toBe('2026-01-31');
    expect(blankPrice('EUR', late)).toEqual({ seen_on: '2026-01-31', price_seen: { amount: '', currency: 'EUR' } });
  });
});
