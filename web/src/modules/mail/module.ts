// Mail (src/modules/mail on the server): the outbox and e-mailing a quote's customer PDF from
// the quote page (an extension of the quotes' record screen), the PDF and e-mail of invoices,
// credit notes and dunning letters on their records, each person's calendar feed (its URL from the
// user menu) and the week of visits, meetings, calls and tasks (docs/mail.md).
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  // Read only (the server writes them); newest first, the subject the link, the state a badge
  // (failed in red). A message's record links its document (related_id by related_entity).
  'outbox-messages': {
    form: ['subject', 'state', 'to_address', 'cc', 'reply_to', 'body', 'language', 'attempts', 'next_attempt_at', 'last_error',
      'sent_at', 'account_id', 'related_entity', 'related_id', 'owner_id', 'created_at'],
    columns: ['subject', 'state', 'to_address', 'attempts', 'last_error', 'sent_at', 'account_id', 'owner_id'],
    filters: ['state', 'account_id', 'owner_id'],
    defaultSort: '-created_at',
    creatable: false,
    title: (r) => String(r.subject ?? `#${r.id}`),
  },
};

/** Who has a week and a feed: the roles that plan visits and calls (finance reads activities, plans none). */
export const CALENDAR_ROLES = ['rep', 'manager', 'senior_manager', 'director'] as const;

export const mail: WebModule = {
  name: 'mail',
  entities: ENTITIES,
  nav: [
    { group: 'day', id: 'calendar-week', href: '/calendar', entity: 'activities', label: 'calendar.title', roles: [...CALENDAR_ROLES] },
    { group: 'day', id: 'outbox-messages', href: '/outbox-messages', entity: 'outbox-messages', label: 'entity.outbox-messages' },
  ],
  userMenu: [
    { id: 'calendar-feed', href: '/me/calendar-feed', entity: 'activities', label: 'calendar.feed.title', roles: [...CALENDAR_ROLES] },
  ],
  routes: [
    { path: '/calendar', nav: 'calendar-week', title: 'calendar.title', load: () => import('./pages/WeekPage.svelte') },
    { path: '/me/calendar-feed', nav: 'calendar-feed', title: 'calendar.feed.title', load: () => import('./pages/CalendarFeedPage.svelte') },
  ],
  recordExtensions: [
    {
      entity: 'quotes',
      load: () => import('./components/QuoteEmailCard.svelte'),
      props: ({ record }) => ({ quote: record }),
    },
    // The customer's billing documents: their PDF and e-mailing it (decision 0044).
    ...(['invoices', 'credit-notes', 'dunning-claims'] as const).map((entity) => ({
      entity,
      load: () => import('./components/DocumentEmailCard.svelte'),
      props: ({ record }: { record: Record<string, unknown> }) => ({ entity, record }),
    })),
  ],
  messages: { en, de, es, zh },
};
