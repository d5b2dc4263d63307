import { describe, expect, it } from 'vitest';
import { aggregateUrl, countsBy, type AggregateResult } from './aggregate';

const result = (groups: AggregateResult['groups']): AggregateResult => ({
  group_by: Object.keys(groups[0]?.key ?? {}), groups,
  total_count: groups.reduce((a, g) => a + g.count, 0), truncated: false, max_groups: 1000,
});

describe('countsBy', () => {
  it('counts per value of the key, booleans and nulls as text', () => {
    const r = result([
      { key: { key_account: false }, count: 7 },
      { key: { key_account: true }, count: 2 },
      { key: { key_account: null }, count: 1 },
    ]);
    expect(countsBy(r, 'key_account')).toEqual({ false: 7, true: 2, null: 1 });
  });

  it('adds up the groups of one value when grouped by two keys', () => {
    const r = result([
      { key: { lifecycle: 'active', key_account: false }, count: 4 },
      { key: { lifecycle: 'active', key_account: true }, count: 1 },
      { key: { lifecycle: 'lost', key_account: false }, count: 2 },
    ]);
    expect(countsBy(r, 'lifecycle')).toEqual({ active: 5, lost: 2 });
  });

  it('is empty when nothing matched', () => {
    expect(countsBy(result([]), 'lifecycle')).toEqual({});
  });
});

describe('aggregateUrl', () => {
  it('puts the parameters after the entity aggregate path', () => {
    expect(aggregateUrl('accounts', 'group_by=lifecycle')).toBe('/api/v1/accounts/aggregate?group_by=lifecycle');
    expect(aggregateUrl('users', new URLSearchParams({ group_by: 'active' }))).toBe('/api/v1/users/aggregate?group_by=active');
    expect(aggregateUrl('products', '')).toBe('/api/v1/products/aggregate');
  });
});
