// Activities (src/modules/activities on the server): calls, visits, meetings and e-mails; the
// timeline on accounts and contacts; "Today" for the salesperson, with logging that works offline
// (lib/offline-queue.ts). Admins and logistics have no menu entry (the server answers them 403).
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  activities: {
    form: ['kind', 'subject', 'status', 'planned_at', 'account_id', 'contact_id', 'direction', 'outcome', 'duration_minutes',
      'check_in_at', 'place', 'latitude', 'longitude', 'report', 'next_step', 'next_action_on', 'related_entity', 'related_id',
      'done_at', 'owner_id', 'updated_at'],
    columns: ['planned_at', 'kind', 'subject', 'account_id', 'status', 'outcome', 'owner_id'],
    filters: ['kind', 'status', 'outcome', 'account_id', 'owner_id'],
    defaultSort: '-planned_at',
    title: (r) => String(r.subject ?? `#${r.id}`),
  },
  // The rep writes the note and submits; the figures are the server's (counted from the log);
  // the leader comments and marks it reviewed.
  'daily-reports': {
    form: ['report_date', 'status', 'note', 'calls', 'connected_calls', 'visits', 'meetings', 'new_leads', 'quotes', 'orders',
      'orders_amount', 'orders_other_currency', 'submitted_at', 'on_time', 'review_comment', 'reviewed_by', 'reviewed_at',
      'owner_id', 'updated_at'],
    columns: ['report_date', 'owner_id', 'status', 'on_time', 'calls', 'visits', 'orders', 'orders_amount'],
    filters: ['status', 'on_time', 'owner_id', 'report_date'],
    defaultSort: '-report_date',
    title: (r) => String(r.report_date ?? `#${r.id}`),
  },
  // Built and worked on the call-list pages (/call-lists); the generic screens only read them.
  'call-lists': {
    form: ['name', 'source_entity', 'source_query', 'status', 'entries_total', 'entries_done', 'entries_skipped',
      'owner_id', 'updated_at'],
    columns: ['name', 'source_entity', 'status', 'entries_total', 'entries_done', 'entries_skipped', 'owner_id'],
    filters: ['status', 'owner_id'],
    defaultSort: '-id',
    title: (r) => String(r.name ?? `#${r.id}`),
  },
  'call-list-entries': {
    form: ['call_list_id', 'position', 'target_entity', 'display_name', 'phone', 'status', 'outcome', 'next_call_on',
      'activity_id', 'called_at', 'updated_at'],
    columns: ['call_list_id', 'position', 'display_name', 'phone', 'status', 'outcome', 'next_call_on'],
    filters: ['call_list_id', 'status', 'outcome'],
    defaultSort: 'position',
    title: (r) => String(r.display_name ?? `#${r.id}`),
  },
};

const timeline = () => import('./components/TimelineCard.svelte');

export const activities: WebModule = {
  name: 'activities',
  entities: ENTITIES,
  navGroups: [{ id: 'day', label: 'nav.group.day', order: 5 }],
  nav: [
    { group: 'day', id: 'today', href: '/today', entity: 'activities', label: 'nav.today' },
    { group: 'day', id: 'activities', href: '/activities', entity: 'activities', label: 'entity.activities' },
    { group: 'day', id: 'daily-reports', href: '/daily-reports', entity: 'daily-reports', label: 'entity.daily-reports' },
    { group: 'day', id: 'report-review', href: '/daily-reports/review', entity: 'daily-reports', label: 'review.title',
      roles: ['manager', 'senior_manager', 'director'] },
    { group: 'day', id: 'morning-meeting', href: '/morning-meeting', entity: 'activities', label: 'meeting.nav',
      roles: ['manager', 'senior_manager', 'director'] },
    { group: 'day', id: 'call-lists', href: '/call-lists', entity: 'activities', label: 'callList.title',
      roles: ['rep', 'manager', 'senior_manager', 'director'] },
  ],
  routes: [
    { path: '/today', nav: 'today', title: 'nav.today', load: () => import('./pages/TodayPage.svelte') },
    { path: '/daily-reports/review', nav: 'report-review', title: 'review.title', load: () => import('./pages/ReviewQueuePage.svelte') },
    { path: '/morning-meeting', nav: 'morning-meeting', title: 'meeting.nav', load: () => import('./pages/MorningMeetingPage.svelte') },
    { path: '/call-lists', nav: 'call-lists', title: 'callList.title', load: () => import('./pages/CallListsPage.svelte') },
    { path: '/call-lists/:id/work', nav: 'call-lists', title: 'callList.title', load: () => import('./pages/CallListWorkPage.svelte') },
  ],
  recordExtensions: [
    { entity: 'contacts', reads: 'activities', load: timeline, props: ({ record }) => ({ entity: 'contacts', id: record.id }) },
  ],
  // An account's timeline is part of its Overview tab (the 360° page, docs/accounts360.md).
  recordOverviews: [
    { entity: 'accounts', reads: 'activities', order: 90, load: timeline, props: ({ record }) => ({ entity: 'accounts', id: record.id }) },
  ],
  messages: { en, de, es, zh },
};
