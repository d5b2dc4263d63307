import { describe, expect, it } from 'vitest';
import { FEW_CANDIDATES, isWinner, nextBreakMessage, noteMessage, orderedCandidates, outcomeKey, splitCandidates, trimNumber, type Candidate } from './explain';

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
  it('words coded notes from their parameters, else the engine text', () => {
    const fmt = { money: (a: string, c: string) => `${c} ${a}`, number: (v: string) => `<${v}>` };
    const known = (k: string) => k === 'pricing.amount_off' || k === 'pricing.next_break';
    expect(noteMessage({ code: 'pricing.amount_off', params: { rule_id: '4', amount: '2.50', currency: 'EUR' }, text: 'x' }, known, fmt))
      .toEqual({ key: 'pricing.amount_off', params: { rule_id: '4', amount: 'EUR 2.50', currency: 'EUR' } });
    expect(noteMessage({ code: 'pricing.unknown', text: 'engine text' }, known, fmt)).toEqual({ text: 'engine text' });
    expect(noteMessage('old note', known, fmt)).toEqual({ text: 'old note' });
    expect(nextBreakMessage({ code: 'pricing.next_break', text: 't', params: { additional_quantity: '50.000', saving: '4.4', currency: 'EUR' } }, known, fmt))
      .toEqual({ key: 'pricing.next_break', params: { additional_quantity: '<50>', saving: 'EUR 4.4', currency: 'EUR' } });
  });
  it('puts the winner first', () => {
    const c = [{ rule_id: 1, outcome: 'less_specific' }, { rule_id: 2, outcome: 'applied' }, { rule_id: 3, outcome: 'outside_season' }];
    expect(orderedCandidates(c, 2).map((x) => x.rule_id)).toEqual([2, 1, 3]);
    expect(orderedCandidates(c, null).map((x) => x.rule_id)).toEqual([1, 2, 3]);
    expect(isWinner(c[1], 2)).toBe(true);
    expect(isWinner(c[0], 2)).toBe(false);
  });
});

describe('folding the candidates', () => {
  // Candidates with ids from `first` on, in the engine's (id) order, with these outcomes.
  const rules = (first: number, ...outcomes: string[]): Candidate[] => outcomes.map((outcome, i) => ({ rule_id: first + i, outcome }));
  const many = (first: number, outcome: string, n: number) => rules(first, ...Array<string>(n).fill(outcome));
  const ids = (cs: Candidate[]) => cs.map((c) => c.rule_id);

  it('shows every candidate, ungrouped, when there are few', () => {
    const c = [...many(1, 'outside_season', FEW_CANDIDATES - 1), { rule_id: 50, outcome: 'applied' }];
    const s = splitCandidates(c, { winner: 50 });
    expect(ids(s.shown)).toEqual([50, ...ids(c.slice(0, -1))]);
    expect(s.all).toEqual(s.shown);
    expect(s.groups).toEqual([]);
    expect(s.hidden).toBe(0);
    expect(splitCandidates(undefined)).toEqual({ all: [], shown: [], groups: [], hidden: 0 });
  });

  it('keeps what matters and counts the rest by outcome, largest group first', () => {
    const c = [
      ...many(1, 'outside_season', 120),
      ...rules(200, 'less_specific', 'margin_floor', 'no_cost', 'no_base_price', 'lower_priority', 'tie_break_higher_id',
        'not_stackable', 'cumulative_volume_not_reached', 'applied', 'applied'),
      ...many(300, 'wrong_group', 80),
      ...many(400, 'quantity_below_min', 14),
      ...many(500, 'wrong_channel', 3),
      ...many(600, 'wrong_account', 3),
    ];
    const s = splitCandidates(c, { winner: 209, stacked: [208] });
    expect(ids(s.shown)).toEqual([209, 200, 201, 202, 203, 204, 205, 206, 207, 208]);
    expect(s.all).toHaveLength(c.length);
    expect(s.all[0].rule_id).toBe(209);
    // Ties in size follow OUTCOMES: wrong_account comes before wrong_channel there.
    expect(s.groups).toEqual([
      { outcome: 'outside_season', count: 120 },
      { outcome: 'wrong_group', count: 80 },
      { outcome: 'quantity_below_min', count: 14 },
      { outcome: 'wrong_account', count: 3 },
      { outcome: 'wrong_channel', count: 3 },
    ]);
    expect(s.hidden).toBe(220);
    expect(s.hidden + s.shown.length).toBe(c.length);
  });

  it('puts the winner first even when the engine lists it last', () => {
    const c = [...many(1, 'wrong_group', 20), { rule_id: 99, outcome: 'applied' }];
    const s = splitCandidates(c, { winner: 99 });
    expect(ids(s.shown)).toEqual([99]);
    expect(s.all[0].rule_id).toBe(99);
    expect(s.groups).toEqual([{ outcome: 'wrong_group', count: 20 }]);
  });

  it('keeps the rule the next break names, and the stacked ones', () => {
    const c = [...many(1, 'quantity_below_min', 15), { rule_id: 40, outcome: 'applied' }, { rule_id: 41, outcome: 'stacked' }];
    const s = splitCandidates(c, { winner: 40, stacked: [41], nextBreakRule: 7 });
    expect(ids(s.shown)).toEqual([40, 7, 41]);
    expect(s.groups).toEqual([{ outcome: 'quantity_below_min', count: 14 }]);
    expect(splitCandidates(c, { winner: 40, nextBreakRule: null }).groups).toEqual([{ outcome: 'quantity_below_min', count: 15 }]);
  });

  it('groups an outcome it does not know after the known ones of the same size', () => {
    const c = [...many(1, 'some_new_check', 7), ...many(10, 'wrong_unit', 7)];
    expect(splitCandidates(c).groups).toEqual([{ outcome: 'wrong_unit', count: 7 }, { outcome: 'some_new_check', count: 7 }]);
    expect(splitCandidates(c).shown).toEqual([]);
  });
});
