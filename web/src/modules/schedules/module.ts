// Work schedules (src/modules/schedules on the server, docs/schedules.md): my schedule (check
// in and out on the phone, my month's working days, my leave), the team month grid (shifts,
// leave, holidays, days off; a leader edits a cell and generates the rotation), and the records:
// leave requests (decided by the person's leader), attendance, the rota, work profiles, shifts
// and public holidays per country.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const named = (r: Record<string, unknown>) => String(r.name ?? `#${r.id}`);
const dated = (r: Record<string, unknown>) => String(r.date ?? r.date_from ?? r.valid_from ?? `#${r.id}`);

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  'leave-requests': {
    form: ['owner_id', 'date_from', 'from_half', 'date_to', 'to_half', 'kind', 'status', 'note', 'decided_by_id', 'decided_on', 'updated_at'],
    columns: ['owner_id', 'date_from', 'date_to', 'kind', 'status', 'decided_by_id'],
    filters: ['owner_id', 'status', 'kind', 'date_from'],
    defaultSort: '-date_from',
    title: (r) => `${r.date_from ?? ''} – ${r.date_to ?? ''}`,
  },
  attendance: {
    form: ['owner_id', 'date', 'check_in', 'check_out', 'place', 'corrected', 'updated_at'],
    columns: ['owner_id', 'date', 'check_in', 'check_out', 'place', 'corrected'],
    filters: ['owner_id', 'date', 'corrected'],
    defaultSort: '-date',
    title: dated,
  },
  'rota-entries': {
    form: ['owner_id', 'date', 'shift_id', 'day_off', 'note', 'updated_at'],
    columns: ['owner_id', 'date', 'shift_id', 'day_off', 'note'],
    filters: ['owner_id', 'date', 'shift_id', 'day_off'],
    defaultSort: '-date',
    title: dated,
  },
  'work-profiles': {
    form: ['owner_id', 'valid_from', 'country', 'weekdays', 'half_weekdays', 'updated_at'],
    columns: ['owner_id', 'valid_from', 'country', 'weekdays', 'half_weekdays'],
    filters: ['owner_id', 'country'],
    defaultSort: '-valid_from',
    title: dated,
  },
  shifts: {
    form: ['name', 'kind', 'start_time', 'end_time', 'half_day', 'updated_at'],
    columns: ['name', 'kind', 'start_time', 'end_time', 'half_day'],
    filters: ['kind', 'half_day'],
    defaultSort: 'name',
    title: named,
  },
  'public-holidays': {
    form: ['country', 'date', 'name', 'half_day', 'updated_at'],
    columns: ['country', 'date', 'name', 'half_day'],
    filters: ['country', 'date', 'half_day'],
    defaultSort: 'date',
    title: named,
  },
};

export const schedules: WebModule = {
  name: 'schedules',
  entities: ENTITIES,
  routes: [
    { path: '/schedule', nav: 'my-schedule', title: 'nav.mySchedule', load: () => import('./pages/MySchedule.svelte') },
    { path: '/schedule/team', nav: 'team-month', title: 'nav.teamMonth', load: () => import('./pages/TeamMonth.svelte') },
    { path: '/leave-requests/queue', nav: 'leave-queue', title: 'leaveQueue.title', load: () => import('./pages/LeaveQueuePage.svelte') },
  ],
  // A leave request's decision as buttons (the leader approves or rejects; either cancels).
  recordExtensions: [{
    entity: 'leave-requests',
    load: () => import('./components/LeaveDecision.svelte'),
    props: ({ record, etag, update }) => ({ leave: record, etag, onchange: update }),
  }],
  // A year of a country's national days, where the holidays are (admins and the director write them).
  listActions: [{ entity: 'public-holidays', roles: ['admin', 'director'], load: () => import('./components/GenerateHolidays.svelte') }],
  // The rep's day, after customers and before the desk.
  navGroups: [{ id: 'schedules', label: 'nav.group.schedules', order: 17 }],
  nav: [
    { group: 'schedules', id: 'my-schedule', href: '/schedule', entity: 'attendance', label: 'nav.mySchedule' },
    { group: 'schedules', id: 'team-month', href: '/schedule/team', entity: 'rota-entries', label: 'nav.teamMonth', roles: ['manager', 'senior_manager', 'director'] },
    { group: 'schedules', id: 'leave-queue', href: '/leave-requests/queue', entity: 'leave-requests', label: 'leaveQueue.title', roles: ['manager', 'senior_manager', 'director'] },
    { group: 'schedules', id: 'leave-requests', href: '/leave-requests', entity: 'leave-requests', label: 'entity.leave-requests' },
    { group: 'schedules', id: 'attendance', href: '/attendance', entity: 'attendance', label: 'entity.attendance' },
    { group: 'schedules', id: 'rota-entries', href: '/rota-entries', entity: 'rota-entries', label: 'entity.rota-entries' },
    { group: 'schedules', id: 'work-profiles', href: '/work-profiles', entity: 'work-profiles', label: 'entity.work-profiles' },
    { group: 'schedules', id: 'shifts', href: '/shifts', entity: 'shifts', label: 'entity.shifts' },
    { group: 'schedules', id: 'public-holidays', href: '/public-holidays', entity: 'public-holidays', label: 'entity.public-holidays' },
  ],
  prefill: {
    attendance: () => import('./lib/month').then((m) => ({ date: m.today(), check_in: m.nowClock() })),
  },
  messages: { en, de, es, zh },
};
