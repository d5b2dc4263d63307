import { describe, expect, it } from 'vitest';
import { nextTarget } from './board';

describe('nextTarget', () => {
  it('steps with the arrows and stops at the ends', () => {
    expect(nextTarget('ArrowRight', 0, 4)).toBe(1);
    expect(nextTarget('ArrowDown', 3, 4)).toBe(3);
    expect(nextTarget('ArrowLeft', 0, 4)).toBe(0);
    expect(nextTarget('ArrowUp', 2, 4)).toBe(1);
  });
  it('jumps with Home and End, and ignores other keys', () => {
    expect(nextTarget('Home', 3, 4)).toBe(0);
    expect(nextTarget('End', 0, 4)).toBe(3);
    expect(nextTarget('a', 1, 4)).toBeNull();
    expect(nextTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
