import { describe, expect, it } from 'vitest';
import { belongsTo, rowErrors } from './field-errors';

describe('row errors', () => {
  it('groups `prefix[i].field` messages by row', () => {
    const e = { 'bands[1].min_quantity': 'not ascending', 'bands[1].percent': 'too big', 'bands[0]': 'bad band', name: 'x', 'lines[2].quantity': 'q' };
    expect(rowErrors(e, 'bands')).toEqual({ 0: { '': 'bad band' }, 1: { min_quantity: 'not ascending', percent: 'too big' } });
    expect(rowErrors(e, 'lines')).toEqual({ 2: { quantity: 'q' } });
    expect(rowErrors(e, 'other')).toEqual({});
  });
  it('knows which keys belong to a field', () => {
    expect(belongsTo('bands', 'bands')).toBe(true);
    expect(belongsTo('bands[3].price', 'bands')).toBe(true);
    expect(belongsTo('bandsx', 'bands')).toBe(false);
  });
});
