// The director's cockpit (src/modules/cockpit on the server, docs/cockpit.md): one screen with the
// figures a director, senior manager or manager runs the team on — attainment and pace per
// person, activity, pipeline and win rate, receivables, discount given, new and lost customers —
// each a link to its records; a rep sees their own. Cards stack on a phone.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

// Billing has no screens of its own yet: the cockpit's drill-downs to invoices (revenue,
// receivables, discount given) need their list, read-only, until billing's web part comes.
const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  invoices: {
    form: ['number', 'account_id', 'sales_order_id', 'status', 'invoice_date', 'currency', 'untaxed', 'tax', 'total', 'owner_id', 'posted_at'],
    columns: ['number', 'account_id', 'invoice_date', 'status', 'untaxed', 'total', 'owner_id'],
    filters: ['status', 'owner_id', 'account_id'],
    defaultSort: '-invoice_date',
    creatable: false,
    title: (r) => String(r.number ?? `#${r.id}`),
  },
};

export const cockpit: WebModule = {
  name: 'cockpit',
  entities: ENTITIES,
  routes: [{ path: '/cockpit', nav: 'cockpit', title: 'nav.cockpit', load: () => import('./pages/CockpitPage.svelte') }],
  nav: [{ group: 'workspace', id: 'cockpit', href: '/cockpit', label: 'nav.cockpit', roles: ['rep', 'manager', 'senior_manager', 'director'] }],
  messages: { en, de, es, zh },
};
