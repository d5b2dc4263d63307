import { describe, expect, it } from 'vitest';
import { matchScreens } from './palette';

const items = ['Accounts', 'Competitor products', 'New competitor product', 'Products', 'New product', 'Price lists'].map((label) => ({ label }));
const labels = (q: string) => matchScreens(items, q).map((i) => i.label);

describe('palette screens', () => {
  it('puts the screen named by the query first, then those starting with it, keeping the menu order otherwise', () => {
    expect(labels('Products')).toEqual(['Products', 'Competitor products']);
    expect(labels('prod')).toEqual(['Products', 'Competitor products', 'New competitor product', 'New product']);
    expect(labels('new')).toEqual(['New competitor product', 'New product']);
    expect(labels('  ')).toHaveLength(items.length);
    expect(labels('zzz')).toEqual([]);
  });
});
