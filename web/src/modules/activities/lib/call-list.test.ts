import { describe, expect, it } from 'vitest';
import { callsPerHour, progressOf, telHref } from './call-list';

describe('call list', () => {
  it('counts the entry being worked', () => {
    const list = { id: 1, version: 1, entries_total: 40, entries_done: 9, entries_skipped: 2 };
    expect(progressOf(list)).toEqual({ at: 12, total: 40 });
    expect(progressOf({ ...list, entries_done: 38 })).toEqual({ at: 40, total: 40 });
  });
  it('shows hundredths as a rate', () => {
    expect(callsPerHour(286, 'en')).toBe('2.86');
    expect(callsPerHour(null, 'en')).toBe('–');
  });
  it('dials digits only', () => {
    expect(telHref('+34 91-555 01 02')).toBe('tel:+34915550102');
  });
});
