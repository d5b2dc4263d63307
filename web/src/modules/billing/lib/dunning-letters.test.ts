import { describe, expect, it } from 'vitest';
import { nonZeroCounts } from './dunning-letters';

describe('a run\'s letters by delivery', () => {
  it('lists only the deliveries with letters, failed first', () => {
    expect(nonZeroCounts({ delivered: 4, waiting: 0, failed: 2, not_sent: 1 })).toEqual([['failed', 2], ['not_sent', 1], ['delivered', 4]]);
    expect(nonZeroCounts({ delivered: 0, waiting: 3, failed: 0, not_sent: 0 })).toEqual([['waiting', 3]]);
    expect(nonZeroCounts({ delivered: 0, waiting: 0, failed: 0, not_sent: 0 })).toEqual([]);
  });
});
