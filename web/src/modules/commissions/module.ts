// Commissions (src/modules/commissions on the server, docs/commissions.md): a rep reads their own
// statements, a manager their team's, finance and the director all; a statement's page lists its
// lines (drilled down to invoice lines) through the generic record screens and offers the next
// approval (the rep's manager, then finance). Plans and assignments are finance's settings.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const named = (r: Record<string, unknown>) => String(r.name ?? `#${r.id}`);
const SETTERS = ['director', 'finance'] as const;

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  'commission-statements': {
    form: ['owner_id', 'period', 'plan_id', 'status', 'lines_total', 'carried_in', 'total', 'payable', 'carried_out',
      'computed_at', 'manager_approved_by', 'manager_approved_at', 'finance_approved_by', 'finance_approved_at'],
    columns: ['period', 'owner_id', 'status', 'lines_total', 'payable', 'carried_out'],
    filters: ['period', 'owner_id', 'status'],
    defaultSort: '-period',
    title: (r) => `${String(r.period ?? '')} #${r.id}`,
  },
  'commission-statement-lines': {
    form: ['statement_id', 'position', 'component', 'event', 'earned_on', 'invoice_id', 'invoice_line_id', 'payment_id',
      'base', 'amount', 'uplift', 'payout', 'source'],
    columns: ['position', 'component', 'event', 'earned_on', 'invoice_id', 'invoice_line_id', 'amount', 'uplift', 'payout'],
    filters: ['statement_id', 'event', 'invoice_id'],
    defaultSort: 'position',
    title: (r) => `${String(r.component ?? '')} #${r.id}`,
  },
  'commission-plans': {
    form: ['name', 'currency', 'components', 'description', 'active'],
    columns: ['name', 'currency', 'active'],
    filters: ['active'],
    defaultSort: 'name',
    title: named,
  },
  'commission-assignments': {
    form: ['user_id', 'plan_id', 'valid_from', 'valid_to', 'target'],
    columns: ['user_id', 'plan_id', 'valid_from', 'valid_to', 'target'],
    filters: ['user_id', 'plan_id'],
    defaultSort: '-valid_from',
    title: (r) => `#${r.id}`,
  },
};

export const commissions: WebModule = {
  name: 'commissions',
  entities: ENTITIES,
  // After the market: what the sales earned, before the catalogue.
  navGroups: [{ id: 'commissions', label: 'nav.group.commissions', order: 45 }],
  nav: [
    { group: 'commissions', id: 'commission-statements', href: '/commission-statements', entity: 'commission-statements', label: 'entity.commission-statements' },
    { group: 'commissions', id: 'commission-plans', href: '/commission-plans', entity: 'commission-plans', label: 'entity.commission-plans', roles: [...SETTERS] },
    { group: 'commissions', id: 'commission-assignments', href: '/commission-assignments', entity: 'commission-assignments', label: 'entity.commission-assignments', roles: [...SETTERS] },
  ],
  recordExtensions: [
    // Who is credited with an order's sales (decisions 0045, 0065); the invoice's copy, which
    // finance and the director change on a draft and everyone reads once it is posted. The editor
    // is the platform's (src/components/): the pipeline module shows it under deals too.
    {
      entity: 'sales-orders',
      load: () => import('../../components/CreditSplitEditor.svelte'),
      props: ({ record }) => ({ document: 'sales-orders', record }),
    },
    {
      entity: 'invoices',
      load: () => import('../../components/CreditSplitEditor.svelte'),
      props: ({ record }) => ({ document: 'invoices', record }),
    },
    {
      entity: 'commission-statements',
      load: () => import('./components/StatementApproval.svelte'),
      props: ({ record, etag, update }) => ({
        statement: record,
        etag,
        onapproved: (approved: typeof record, tag: string) => update(approved, tag, 'commission.approved'),
      }),
    },
  ],
  messages: { en, de, es, zh },
};
