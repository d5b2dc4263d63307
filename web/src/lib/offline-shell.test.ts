import { describe, expect, it } from 'vitest';
import { onControllerChange } from './offline-shell';

describe('onControllerChange', () => {
  it('ignores the first install claiming a page that loaded without a worker', () => {
    expect(onControllerChange(false, false)).toBe('ignore');
    expect(onControllerChange(false, true)).toBe('ignore');
  });
  it('reloads into a new shell at once when nothing is being edited', () => {
    expect(onControllerChange(true, false)).toBe('reload');
  });
  it('waits for the next move inside the app while a form holds unsaved edits', () => {
    expect(onControllerChange(true, true)).toBe('reload-on-next-move');
  });
});
