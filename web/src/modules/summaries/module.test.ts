import { describe, expect, it, vi } from 'vitest';
// The router reads the page's location when it loads.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { canRead, canWrite, ENTITIES, ROLES } from '../../lib/entities';
import { listActions, navFor, recordExtensions } from '../../lib/registry';
import { summaries } from './module';

const sees = (role: (typeof ROLES)[number] | undefined) => navFor(role).flatMap((g) => g.items.map((i) => i.id));

describe('summaries module', () => {
  it('shows the summaries beside the cockpit to those who keep them, not to finance, admins and logistics', () => {
    for (const role of ['rep', 'manager', 'senior_manager', 'director'] as const) {
      expect(canRead('summary-subscriptions', role), role).toBe(true);
      expect(canWrite('summary-subscriptions', role), role).toBe(true);
      const workspace = navFor(role).find((g) => g.label === 'nav.group.workspace')!.items.map((i) => i.id);
      expect(workspace, role).toContain('summary-subscriptions');
      expect(listActions('summary-subscriptions', role), role).toHaveLength(1);
      expect(recordExtensions('summary-subscriptions', role).filter((x) => summaries.recordExtensions!.includes(x)), role).toHaveLength(1);
    }
    for (const role of ['finance', 'admin', 'logistics', undefined] as const) {
      expect(sees(role)).not.toContain('summary-subscriptions');
      expect(listActions('summary-subscriptions', role)).toHaveLength(0);
    }
  });

  it('lays out the form, the list and the title', () => {
    const def = ENTITIES['summary-subscriptions'];
    expect(def.fields.map((f) => f.name)).toEqual(['name', 'cadence', 'recipient_email', 'cc_emails', 'language', 'formats', 'scope', 'active',
      'last_period', 'last_sent_at', 'last_message_id', 'last_error']);
    // What was sent is the job's to write.
    for (const name of ['last_period', 'last_sent_at', 'last_message_id', 'last_error']) {
      expect(def.fields.find((f) => f.name === name)?.readOnly, name).toBe(true);
    }
    expect(def.fields.find((f) => f.name === 'last_message_id')).toMatchObject({ kind: 'ref', ref: 'outbox-messages' });
    expect(def.columns).toEqual(['name', 'cadence', 'recipient_email', 'formats', 'active', 'last_period']);
    expect(def.filters).toEqual(['cadence', 'active']);
    expect(def.title({ id: 4, name: 'My team\'s day' })).toBe('My team\'s day');
    expect(def.title({ id: 4 })).toBe('#4');
  });

  it('gives the card the subscription and the page\'s update', async () => {
    const [x] = summaries.recordExtensions!;
    const record = { id: 9, version: 2, cadence: 'weekly' };
    const update = () => {};
    expect(x.props({ record, etag: '"2"', update })).toEqual({ subscription: record, update });
    expect(typeof (await x.load()).default).toBe('function');
    expect(typeof (await summaries.listActions![0].load()).default).toBe('function');
  });
});
