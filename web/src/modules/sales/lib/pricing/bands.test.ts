import { describe, expect, it } from 'vitest';
import { bandValueKey, bandsToJson, newBandRow, parseBands, sentIndexes } from './bands';

describe('bands editor', () => {
  it('reads percent and price bands from JSON text or arrays', () => {
    expect(parseBands('[{"min_quantity":"0","percent":"5"},{"min_quantity":"50","percent":"8"}]'))
      .toEqual([{ min_quantity: '0', value: '5' }, { min_quantity: '50', value: '8' }]);
    expect(parseBands([{ min_quantity: '0', price: '12.50' }])).toEqual([{ min_quantity: '0', value: '12.50' }]);
    expect(parseBands('')).toEqual([]);
    expect(parseBands('not json')).toEqual([]);
    expect(parseBands(null)).toEqual([]);
  });
  it('writes the value under percent or price depending on the action', () => {
    const rows = [{ min_quantity: '0', value: '5' }, { min_quantity: ' 50 ', value: '8 ' }];
    expect(bandsToJson(rows, 'percent_discount')).toEqual([{ min_quantity: '0', percent: '5' }, { min_quantity: '50', percent: '8' }]);
    expect(bandsToJson(rows, 'fixed_price')).toEqual([{ min_quantity: '0', price: '5' }, { min_quantity: '50', price: '8' }]);
    expect(bandValueKey('cost_plus')).toBe('percent');
    expect(bandValueKey('from_list')).toBe('percent');
  });
  it('drops empty rows and maps the sent index back to the row on screen', () => {
    const rows = [{ min_quantity: '0', value: '5' }, { min_quantity: '', value: '' }, { min_quantity: '10', value: '' }];
    expect(bandsToJson(rows, 'percent_discount')).toEqual([{ min_quantity: '0', percent: '5' }, { min_quantity: '10', percent: '' }]);
    expect(sentIndexes(rows)).toEqual([0, 2]);
  });
  it('starts the first new row at 0', () => {
    expect(newBandRow([])).toEqual({ min_quantity: '0', value: '' });
    expect(newBandRow([{ min_quantity: '0', value: '1' }])).toEqual({ min_quantity: '', value: '' });
  });
});
