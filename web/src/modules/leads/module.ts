// Prospecting (src/modules/leads on the server, docs/leads.md): leads with their score, status
// actions and conversion into an account, and the rules that assign new leads round-robin.
// Sellers see the leads they may (own / team / all); assignment rules are read by everyone and
// written by directors and admins.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const leadTitle = (r: Record<string, unknown>) => {
  const person = [r.first_name, r.last_name].filter(Boolean).join(' ');
  const company = r.company ? String(r.company) : '';
  return person && company ? `${person} (${company})` : person || company || `#${r.id}`;
};

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  leads: {
    form: ['first_name', 'last_name', 'company', 'job_title', 'email', 'phone', 'country', 'territory_id',
      'vat_id', 'website', 'source', 'campaign', 'status', 'disqualify_reason', 'disqualify_note', 'score',
      'owner_id', 'assignment_rule_id', 'converted_account_id', 'converted_contact_id', 'converted_at',
      'converted_by_id', 'notes', 'updated_at'],
    columns: ['last_name', 'first_name', 'company', 'status', 'score', 'source', 'country', 'owner_id'],
    filters: ['status', 'source', 'country', 'owner_id'],
    defaultSort: '-score',
    title: leadTitle,
  },
  'lead-assignment-rules': {
    form: ['name', 'country', 'territory_id', 'team_id', 'method', 'active', 'updated_at'],
    columns: ['name', 'country', 'territory_id', 'team_id', 'active'],
    filters: ['country', 'team_id', 'active'],
    defaultSort: 'name',
    title: (r) => String(r.name ?? `#${r.id}`),
  },
};

export const leads: WebModule = {
  name: 'leads',
  entities: ENTITIES,
  // Before the desk's sales group: prospects come before quotes.
  navGroups: [{ id: 'prospecting', label: 'nav.group.prospecting', order: 15 }],
  nav: [
    { group: 'prospecting', id: 'leads', href: '/leads', entity: 'leads', label: 'entity.leads' },
    { group: 'prospecting', id: 'lead-assignment-rules', href: '/lead-assignment-rules', entity: 'lead-assignment-rules', label: 'entity.lead-assignment-rules' },
  ],
  recordExtensions: [
    { entity: 'leads', reads: 'leads', load: () => import('./components/LeadActions.svelte'), props: ({ record, etag, update }) => ({ lead: record, etag, update }) },
  ],
  // Possible duplicates while a lead or an account is typed (POST /duplicate-checks).
  formPanels: (['leads', 'accounts'] as const).map((entity) => ({
    entity,
    load: () => import('./components/DuplicatesPanel.svelte'),
    props: ({ form, id, dirty, update }) => ({ entity, form, id, dirty, update }),
  })),
  messages: { en, de, es, zh },
};
