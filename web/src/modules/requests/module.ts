// Customer requests (src/modules/requests on the server): what a customer asked us for (a quote,
// information, a sample, a complaint...) that a rep must answer within 24 hours. Reps and their
// managers read and write their own and their team's, the director all, finance reads all;
// admins and logistics have no menu entry (the server answers them 403). A request's page shows
// where it stands against its answer time (overdue in red) and, while open, "Answer"; an
// account's Overview lists its open requests.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  'customer-requests': {
    form: ['account_id', 'contact_id', 'kind', 'channel', 'subject', 'details', 'received_at', 'due_at', 'status', 'answer',
      'answered_at', 'answered_on_time', 'owner_id', 'updated_at'],
    columns: ['received_at', 'account_id', 'subject', 'kind', 'status', 'due_at', 'owner_id'],
    filters: ['status', 'kind', 'owner_id', 'account_id'],
    defaultSort: '-received_at',
    title: (r) => String(r.subject ?? `#${r.id}`),
  },
};

export const requests: WebModule = {
  name: 'requests',
  entities: ENTITIES,
  // In the seller's day (the activities module's group): requests waiting for an answer.
  nav: [
    { group: 'day', id: 'customer-requests', href: '/customer-requests', entity: 'customer-requests', label: 'entity.customer-requests' },
  ],
  recordExtensions: [
    {
      entity: 'customer-requests',
      load: () => import('./components/RequestAnswer.svelte'),
      props: ({ record, etag, update }) => ({
        request: record,
        etag,
        onanswered: (answered: typeof record, tag: string) => update(answered, tag, 'request.answeredNotice'),
      }),
    },
  ],
  // The account's 360° page: its open requests, oldest first, before the timeline (order 90).
  recordOverviews: [
    {
      entity: 'accounts',
      reads: 'customer-requests',
      order: 80,
      load: () => import('./components/AccountRequests.svelte'),
      props: ({ record }) => ({ accountId: record.id }),
    },
  ],
  prefill: { 'customer-requests': (params) => import('./lib/prefill').then((m) => m.requestFromQuery(params)) },
  messages: { en, de, es, zh },
};
