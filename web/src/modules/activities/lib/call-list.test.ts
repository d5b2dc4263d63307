import { describe, expect, it } from 'vitest';
import { callsPerHour, handOverChoices, listIfMatch, listState, ownerProblem, progressOf, remainingOf, telHref } from './call-list';

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
  it('counts the calls still to make', () => {
    const list = { id: 1, version: 1, entries_total: 40, entries_done: 9, entries_skipped: 2 };
    expect(remainingOf(list)).toBe(29);
    expect(remainingOf({ ...list, entries_done: 38 })).toBe(0);
    expect(remainingOf({ id: 2, version: 1 })).toBe(0);
  });
  it('tells a list worked through from one closed by hand', () => {
    const list = { id: 1, version: 3, status: 'open', entries_total: 4, entries_done: 1, entries_skipped: 1 };
    expect(listState(list)).toBe('open');
    expect(listState({ ...list, status: null })).toBe('open');
    expect(listState({ ...list, status: 'closed' })).toBe('closed');
    expect(listState({ ...list, status: 'closed', entries_done: 3 })).toBe('done');
  });
  it('sends the version as read', () => {
    expect(listIfMatch({ id: 1, version: 7 })).toBe('"7"');
  });
  it('offers everyone but the owner', () => {
    const people = [{ id: 3, name: 'A' }, { id: 5, name: 'B' }, { id: 8, name: 'C' }];
    expect(handOverChoices(people, { id: 1, version: 1, owner_id: 5 }).map((u) => u.id)).toEqual([3, 8]);
  });
  it('shows a hand-over problem on the person', () => {
    const fallback = () => 'generic';
    expect(ownerProblem({ fieldErrors: { owner_id: 'not in your team' } }, fallback)).toBe('not in your team');
    expect(ownerProblem({ fieldErrors: {} }, fallback)).toBe('generic');
    expect(ownerProblem(new Error('x'), fallback)).toBe('generic');
  });
});
