// The negotiation desk (docs/sales-desk-api.md): quotes and their approvals, sales orders,
// contracts, tasks, price lists, pricing rules and the simulator.
import type { Role } from '../../lib/api/client';
import type { WebModule } from '../types';
import { SALES_ENTITIES } from './lib/sales-entities';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const SALES: Role[] = ['director', 'senior_manager', 'manager', 'rep'];
const APPROVERS: Role[] = ['director', 'senior_manager', 'manager'];
const PRICING_ADMINS: Role[] = ['director', 'senior_manager'];

export const sales: WebModule = {
  name: 'sales',
  entities: SALES_ENTITIES,
  routes: [
    { path: '/pricing/simulator', nav: 'simulator', title: 'nav.simulator', load: () => import('./pages/SimulatorPage.svelte') },
    { path: '/approvals', nav: 'approvals', title: 'nav.approvals', load: () => import('./pages/ApprovalsInbox.svelte') },
    { path: '/quotes/:id', entity: 'quotes', load: () => import('./pages/QuoteEditor.svelte') },
    // The list's "New": an order taken without a quote (decision 0075).
    { path: '/sales-orders/new', nav: 'sales-orders', title: 'order.take.title', load: () => import('./pages/TakeOrderPage.svelte') },
    { path: '/sales-orders/:id', entity: 'sales-orders', savedOnly: true, load: () => import('./pages/SalesOrderPage.svelte') },
  ],
  navGroups: [
    { id: 'sales', label: 'nav.group.sales', order: 20 },
    { id: 'pricing', label: 'nav.group.pricing', order: 30 },
  ],
  nav: [
    { group: 'sales', id: 'quotes', href: '/quotes', entity: 'quotes', label: 'entity.quotes' },
    { group: 'sales', id: 'approvals', href: '/approvals', entity: 'approval-requests', label: 'nav.approvals', roles: APPROVERS },
    { group: 'sales', id: 'sales-orders', href: '/sales-orders', entity: 'sales-orders', label: 'entity.sales-orders' },
    { group: 'sales', id: 'contracts', href: '/contracts', entity: 'contracts', label: 'entity.contracts' },
    { group: 'sales', id: 'tasks', href: '/tasks', entity: 'tasks', label: 'entity.tasks', roles: SALES },
    { group: 'pricing', id: 'simulator', href: '/pricing/simulator', label: 'nav.simulator', roles: SALES },
    { group: 'pricing', id: 'price-lists', href: '/price-lists', entity: 'price-lists', label: 'entity.price-lists', roles: PRICING_ADMINS },
    { group: 'pricing', id: 'pricing-rules', href: '/pricing-rules', entity: 'pricing-rules', label: 'entity.pricing-rules', roles: PRICING_ADMINS },
  ],
  recordExtensions: [
    {
      entity: 'contracts',
      load: () => import('./components/ContractSignature.svelte'),
      props: ({ record, etag, update }) => ({
        contract: record,
        etag,
        onsigned: (signed: typeof record, tag: string) => update(signed, tag, 'contract.signed'),
      }),
    },
    {
      entity: 'price-lists',
      load: () => import('./components/PriceListItems.svelte'),
      props: ({ record }) => ({ priceListId: record.id, currency: String(record.currency ?? '') }),
    },
  ],
  fieldEditors: [
    {
      entity: 'pricing-rules', field: 'bands', wide: true, load: () => import('./components/BandsEditor.svelte'),
      props: ({ form, errors }) => ({ action: String(form.action ?? ''), errors }),
    },
    { entity: 'pricing-rules', field: 'price_list_ids', wide: true, load: () => import('./components/PriceListsPicker.svelte') },
  ],
  // Suggestions beyond the contract's defaults (active, priority, tier mode, rounding, done).
  defaults: {
    'price-lists': { currency: 'EUR' },
    'pricing-rules': { scope: 'all', action: 'percent_discount', bands: [{ min_quantity: '0', percent: '' }] },
  },
  prefill: {
    contracts: (params) => import('./lib/contract-prefill').then((m) => m.contractFromQuote(params)),
  },
  messages: { en, de, es, zh },
};
