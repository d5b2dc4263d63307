import { describe, expect, it } from 'vitest';
import { money, percent } from './cockpit';

describe('cockpit figures', () => {
  it('writes minor units exactly in the currency', () => {
    expect(money(123456, 'EUR', 'en')).toBe('€1,234.56');
    expect(money(5, 'EUR', 'en')).toBe('€0.05');
    expect(money(-7500, 'EUR', 'en')).toBe('-€75.00');
    expect(money(697, 'JPY', 'en')).toBe('¥697');
  });
  it('writes basis points as a percentage, none as a dash', () => {
    expect(percent(2667, 'en')).toBe('26.7%');
    expect(percent(null, 'en')).toBe('–');
  });
});
