// Sales summaries (src/modules/summaries on the server): regular summaries of the cockpit's
// figures — daily, weekly or monthly, the team's or one's own — e-mailed as PDF and/or XLSX by a
// scheduled job to whoever should read them, a colleague or someone outside Salesdesk. Each
// subscription is its owner's alone; the roles that have a cockpit keep them (finance, admins
// and logistics have no menu entry: the server answers them 403). A subscription's page sends
// the last closed period now and downloads it; the list downloads any period without subscribing.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

/** Who keeps summaries: the roles with a cockpit (the entity's readers and writers). */
export const SUMMARY_ROLES = ['rep', 'manager', 'senior_manager', 'director'] as const;

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  'summary-subscriptions': {
    form: ['name', 'cadence', 'recipient_email', 'cc_emails', 'language', 'formats', 'scope', 'active',
      'last_period', 'last_sent_at', 'last_message_id', 'last_error'],
    columns: ['name', 'cadence', 'recipient_email', 'formats', 'active', 'last_period'],
    filters: ['cadence', 'active'],
    defaultSort: 'name',
    title: (r) => String(r.name ?? `#${r.id}`),
  },
};

export const summaries: WebModule = {
  name: 'summaries',
  entities: ENTITIES,
  // Beside the cockpit whose figures they carry.
  nav: [{ group: 'workspace', id: 'summary-subscriptions', href: '/summary-subscriptions', entity: 'summary-subscriptions', label: 'entity.summary-subscriptions' }],
  // "Send now" and the downloads of the last closed period, on a saved subscription.
  recordExtensions: [{
    entity: 'summary-subscriptions',
    load: () => import('./components/SubscriptionCard.svelte'),
    props: ({ record, update }) => ({ subscription: record, update }),
  }],
  // Any period's summary without subscribing.
  listActions: [{ entity: 'summary-subscriptions', roles: [...SUMMARY_ROLES], load: () => import('./components/DownloadSummary.svelte') }],
  messages: { en, de, es, zh },
};
