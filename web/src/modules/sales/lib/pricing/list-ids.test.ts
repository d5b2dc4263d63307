import { describe, expect, it } from 'vitest';
import { parseListIds, toggleListId } from './list-ids';

describe('price list restriction of a rule', () => {
  it('reads the stored ids', () => {
    expect(parseListIds('[3, 7]')).toEqual([3, 7]);
    expect(parseListIds([2])).toEqual([2]);
    expect(parseListIds('')).toEqual([]);
    expect(parseListIds(null)).toEqual([]);
    expect(parseListIds('not json')).toEqual([]);
  });
  it('ticks and unticks lists, empty meaning any list', () => {
    expect(toggleListId('', 7, true)).toBe('[7]');
    expect(toggleListId('[7]', 3, true)).toBe('[3,7]');
    expect(toggleListId('[3,7]', 7, false)).toBe('[3]');
    expect(toggleListId('[3]', 3, false)).toBe('');
  });
});
