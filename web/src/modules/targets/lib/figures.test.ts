import { describe, expect, it } from 'vitest';
import { figure, percent } from './figures';

describe('targets figures', () => {
  it('writes minor units in the currency\'s own digits and counts as whole numbers', () => {
    expect(figure(123456, 'EUR', 'en')).toBe('€1,234.56');
    expect(figure(1500, 'JPY', 'en')).toBe('¥1,500');
    expect(figure(42, null, 'en')).toBe('42');
  });
  it('writes basis points as a percentage, none as a dash', () => {
    expect(percent(6667, 'en')).toBe('66.7%');
    expect(percent(null, 'en')).toBe('–');
  });
});
