import { describe, expect, it } from 'vitest';
import { callsPerHour, handOverChoices, listIfMatch, listState, ownerProblem, progressOf, rebuildNote, remainingOf, telHref,
  type RebuiltList } from './call-list';
import { translate } from '../../../lib/i18n/index.svelte';

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
  describe('says what a rebuild did', () => {
    const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
    const open = { id: 4, version: 6, status: 'open', source_view_id: 12, entries_total: 9 };
    const rebuilt = (over: Partial<RebuiltList> = {}): RebuiltList =>
      ({ list: open, added: 2, dropped: 1, refreshed: 1, kept: 5, from_view: true, ...over });
    it('counts what the view changed', () => {
      expect(rebuildNote(rebuilt(), en)).toBe('Rebuilt from the view: 2 added, 1 dropped, 1 updated.');
      expect(rebuildNote(rebuilt({ added: 0, dropped: 0, refreshed: 3 }), en)).toBe('Rebuilt from the view: 0 added, 0 dropped, 3 updated.');
    });
    it('says so when nothing changed (kept entries are no change)', () => {
      expect(rebuildNote(rebuilt({ added: 0, dropped: 0, refreshed: 0, kept: 7 }), en)).toBe('Rebuilt: no change.');
    });
    it('says the view is gone when the stored query was used', () => {
      expect(rebuildNote(rebuilt({ from_view: false }), en))
        .toBe('Its view is gone, so the list was rebuilt from the query it was built with: 2 added, 1 dropped, 1 updated.');
      expect(rebuildNote(rebuilt({ from_view: false, added: 0, dropped: 0, refreshed: 0 }), en))
        .toBe('Its view is gone, so the list was rebuilt from the query it was built with: no change.');
    });
    it('does not speak of a view for a list built from a query', () => {
      const list = { ...open, source_view_id: null };
      expect(rebuildNote(rebuilt({ list, from_view: false, added: 1, dropped: 0, refreshed: 0 }), en))
        .toBe('Rebuilt from the list\'s query: 1 added, 0 dropped, 0 updated.');
      expect(rebuildNote(rebuilt({ list, from_view: false, added: 0, dropped: 0, refreshed: 0 }), en))
        .toBe('Rebuilt from the list\'s query: no change.');
    });
    it('adds that the list is closed when nothing is left to call', () => {
      const list = { ...open, status: 'closed', entries_total: 3 };
      expect(rebuildNote(rebuilt({ list, added: 0, dropped: 4, refreshed: 0, kept: 0 }), en))
        .toBe('Rebuilt from the view: 0 added, 4 dropped, 0 updated. Nothing is left to call: the list is closed.');
      expect(rebuildNote(rebuilt({ list, from_view: false, added: 0, dropped: 0, refreshed: 0, kept: 0 }), en))
        .toBe('Its view is gone, so the list was rebuilt from the query it was built with: no change. Nothing is left to call: the list is closed.');
    });
    it('speaks the person\'s language through the translate function', () => {
      const de = (key: string, params?: Record<string, string | number>) => translate('de', key, params);
      expect(rebuildNote(rebuilt(), de)).toBe('Aus der Ansicht neu erstellt: 2 hinzugefügt, 1 entfallen, 1 aktualisiert.');
      const keys: string[] = [];
      rebuildNote(rebuilt({ list: { ...open, status: 'closed' } }), (key) => { keys.push(key); return key; });
      expect(keys).toEqual(['callList.rebuilt', 'callList.rebuiltClosed']);
    });
  });
});
