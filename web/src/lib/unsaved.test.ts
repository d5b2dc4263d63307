import { describe, expect, it } from 'vitest';
import { confirmLeave, guardUnsaved, hasUnsaved, onBeforeUnload } from './unsaved';

describe('unsaved changes', () => {
  it('asks only while a registered form has edits, and stops once it is removed', () => {
    let dirty = false;
    const asked: string[] = [];
    const ask = (m: string) => { asked.push(m); return false; };
    const remove = guardUnsaved(() => dirty);
    expect(confirmLeave(ask)).toBe(true);
    dirty = true;
    expect(hasUnsaved()).toBe(true);
    expect(confirmLeave(ask)).toBe(false);
    expect(confirmLeave(() => true)).toBe(true);
    expect(asked).toEqual(['You have unsaved changes. Leave this page and lose them?']);
    remove();
    expect(hasUnsaved()).toBe(false);
    expect(confirmLeave(ask)).toBe(true);
  });
  it('beforeunload is cancelled only with edits', () => {
    let dirty = true;
    const remove = guardUnsaved(() => dirty);
    const event = () => ({ defaultPrevented: false, returnValue: 'x', preventDefault() { this.defaultPrevented = true; } });
    const e1 = event();
    onBeforeUnload(e1 as unknown as BeforeUnloadEvent);
    expect(e1.defaultPrevented).toBe(true);
    expect(e1.returnValue).toBe('');
    dirty = false;
    const e2 = event();
    onBeforeUnload(e2 as unknown as BeforeUnloadEvent);
    expect(e2.defaultPrevented).toBe(false);
    remove();
  });
});
