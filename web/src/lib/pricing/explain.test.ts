import { describe, expect, it } from 'vitest';
import { isWinner, nextBreakMessage, orderedCandidates, outcomeKey, trimNumber } from './explain';

describe('explanation formatting', () => {
  it('maps outcome codes to catalog keys', () => {
    expect(outcomeKey('outside_season')).toBe('outcome.outside_season');
    expect(outcomeKey('applied')).toBe('outcome.applied');
    expect(outcomeKey('something_new')).toBeNull();
  });
  it('trims percentages and quantities', () => {
    expect(trimNumber('15.0000')).toBe('15');
    expect(trimNumber('12.5000')).toBe('12.5');
    expect(trimNumber('40.000')).toBe('40');
    expect(trimNumber('100')).toBe('100');
    expect(trimNumber('abc')).toBe('abc');
    expect(trimNumber(null)).toBe('');
  });
  it('localizes the next-break sentences', () => {
    expect(nextBreakMessage({ additional_quantity: '40.000', text: 'buy 40 more to reach 12 % off' }))
      .toEqual({ key: 'explain.nextBreakPercent', params: { qty: '40', percent: '12' } });
    expect(nextBreakMessage({ text: 'buy 5 more to reach 7.5 % off on units above 100' }))
      .toEqual({ key: 'explain.nextBreakPercentAbove', params: { qty: '5', percent: '7.5', above: '100' } });
    expect(nextBreakMessage({ text: 'buy 10 more to reach unit price 71.25' }))
      .toEqual({ key: 'explain.nextBreakPrice', params: { qty: '10', price: '71.25' } });
    expect(nextBreakMessage({ text: 'something else' })).toEqual({ text: 'something else' });
    expect(nextBreakMessage({ additional_quantity: '3.000' })).toEqual({ key: 'explain.nextBreakMore', params: { qty: '3' } });
    expect(nextBreakMessage(null)).toBeNull();
  });
  it('puts the winner first', () => {
    const c = [{ rule_id: 1, outcome: 'less_specific' }, { rule_id: 2, outcome: 'applied' }, { rule_id: 3, outcome: 'outside_season' }];
    expect(orderedCandidates(c, 2).map((x) => x.rule_id)).toEqual([2, 1, 3]);
    expect(orderedCandidates(c, null).map((x) => x.rule_id)).toEqual([1, 2, 3]);
    expect(isWinner(c[1], 2)).toBe(true);
    expect(isWinner(c[0], 2)).toBe(false);
  });
});
