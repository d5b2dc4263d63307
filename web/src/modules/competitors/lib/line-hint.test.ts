import { describe, expect, it } from 'vitest';
import { compareToOurs } from './line-hint';

describe("a competitor's price against ours", () => {
  it('compares exactly in the same currency, to the last decimal', () => {
    expect(compareToOurs({ amount: '12.30', currency: 'EUR' }, '12.300000000000', 'EUR')).toBe('same');
    expect(compareToOurs({ amount: '12.29', currency: 'EUR' }, '12.3', 'EUR')).toBe('below');
    expect(compareToOurs({ amount: '0.10', currency: 'EUR' }, '0.099999999999', 'EUR')).toBe('above');
    expect(compareToOurs({ amount: '100', currency: 'EUR' }, '99.99', 'EUR')).toBe('above');
  });

  it('never compares across currencies or without our price', () => {
    expect(compareToOurs({ amount: '12.30', currency: 'USD' }, '10.00', 'EUR')).toBeNull();
    expect(compareToOurs({ amount: '12.30', currency: 'EUR' }, null, 'EUR')).toBeNull();
    expect(compareToOurs(null, '1', 'EUR')).toBeNull();
    expect(compareToOurs({ amount: 'abc', currency: 'EUR' }, '1', 'EUR')).toBeNull();
  });
});
