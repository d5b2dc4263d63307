import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { canRead, canWrite, ENTITIES, ROLES } from '../../lib/entities';
import { navFor, recordExtensions } from '../../lib/registry';
import { leads } from './module';
import { actionsFor, convertBody, defaultClose } from './lib/lead-actions';

const prospecting = (role: (typeof ROLES)[number]) =>
  navFor(role).find((g) => g.label === 'nav.group.prospecting')?.items.map((i) => i.id) ?? [];

describe('leads module', () => {
  it('shows leads to the sellers and the rules to everyone who reads them', () => {
    for (const role of ['rep', 'manager', 'senior_manager', 'director'] as const) {
      expect(prospecting(role), role).toEqual(['leads', 'lead-assignment-rules']);
      expect(canWrite('leads', role)).toBe(true);
    }
    for (const role of ['finance', 'logistics', 'admin'] as const) {
      expect(canRead('leads', role), role).toBe(false);
    }
    expect(canWrite('lead-assignment-rules', 'director')).toBe(true);
    expect(canWrite('lead-assignment-rules', 'admin')).toBe(true);
    expect(canWrite('lead-assignment-rules', 'rep')).toBe(false);
  });

  it('lists leads by score, best first, with a read-only score', () => {
    expect(ENTITIES.leads.defaultSort).toBe('-score');
    expect(ENTITIES.leads.fields.find((f) => f.name === 'score')?.readOnly).toBe(true);
    expect(ENTITIES.leads.fields.find((f) => f.name === 'status')?.options).toEqual(['new', 'contacted', 'qualified', 'converted', 'disqualified']);
  });

  it('puts the next steps under a lead, for the roles that may read leads', async () => {
    const ours = (role: (typeof ROLES)[number]) => recordExtensions('leads', role).filter((x) => leads.recordExtensions!.includes(x));
    expect(ours('rep')).toHaveLength(1);
    expect(ours('finance')).toHaveLength(0);
    expect(typeof (await ours('rep')[0].load()).default).toBe('function');
  });

  it('offers the actions the server allows in each status', () => {
    expect(actionsFor('new')).toEqual(['contacted', 'qualify', 'disqualify']);
    expect(actionsFor('contacted')).toEqual(['qualify', 'disqualify']);
    expect(actionsFor('qualified')).toEqual(['convert', 'disqualify']);
    expect(actionsFor('disqualified')).toEqual(['reopen']);
    expect(actionsFor('converted')).toEqual([]);
    expect(convertBody('new', 5)).toBeUndefined();
    expect(convertBody('existing', 5)).toEqual({ account_id: 5 });
    // An opportunity rides along when asked for: trimmed, the currency upper-cased.
    const deal = { title: ' Pumps ', amount: '48000', currency: 'eur', expectedClose: '2027-03-01', pipelineId: 3 };
    expect(convertBody('new', null, deal)).toEqual({
      opportunity: { title: 'Pumps', amount: { amount: '48000', currency: 'EUR' }, expected_close: '2027-03-01', pipeline_id: 3 },
    });
    expect(convertBody('existing', 5, { ...deal, pipelineId: null })).toEqual({
      account_id: 5,
      opportunity: { title: 'Pumps', amount: { amount: '48000', currency: 'EUR' }, expected_close: '2027-03-01' },
    });
    expect(defaultClose(new Date(2026, 11, 3))).toBe('2027-03-03');
  });
});
