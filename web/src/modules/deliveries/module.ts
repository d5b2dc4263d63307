// Deliveries (src/modules/deliveries on the server, docs/deliveries.md): logistics delivers a
// confirmed order in parts from the order page (quantities default to what is open), changes a
// draft, ships it, prints its delivery note and records returns (each with its return note);
// finance invoices a shipped delivery; everyone who reads orders sees the back order. The
// records themselves use the generic list and record screens.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const numbered = (r: Record<string, unknown>) => String(r.number ?? `#${r.id}`);

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  deliveries: {
    form: ['number', 'sales_order_id', 'account_id', 'status', 'shipped_on', 'carrier', 'tracking', 'invoice_id', 'owner_id'],
    columns: ['number', 'sales_order_id', 'account_id', 'status', 'shipped_on', 'carrier', 'invoice_id'],
    filters: ['status', 'sales_order_id', 'account_id', 'owner_id'],
    defaultSort: '-id',
    title: numbered,
  },
  'delivery-lines': {
    form: ['delivery_id', 'position', 'sales_order_line_id', 'product_id', 'description', 'quantity', 'unit'],
    columns: ['delivery_id', 'position', 'product_id', 'description', 'quantity', 'unit'],
    filters: ['delivery_id', 'product_id'],
    defaultSort: 'position',
    title: (r) => `#${r.id}`,
  },
  'delivery-returns': {
    form: ['number', 'delivery_id', 'sales_order_id', 'account_id', 'returned_on', 'reason', 'credit_note_id', 'owner_id'],
    columns: ['number', 'delivery_id', 'account_id', 'returned_on', 'reason', 'credit_note_id'],
    filters: ['delivery_id', 'account_id'],
    defaultSort: '-id',
    title: numbered,
  },
  'delivery-return-lines': {
    form: ['return_id', 'position', 'delivery_line_id', 'quantity'],
    columns: ['return_id', 'position', 'delivery_line_id', 'quantity'],
    filters: ['return_id'],
    defaultSort: 'position',
    title: (r) => `#${r.id}`,
  },
};

export const deliveries: WebModule = {
  name: 'deliveries',
  entities: ENTITIES,
  navGroups: [{ id: 'logistics', label: 'nav.group.logistics', order: 25 }],
  nav: [
    { group: 'logistics', id: 'deliveries', href: '/deliveries', entity: 'deliveries', label: 'entity.deliveries' },
    { group: 'logistics', id: 'back-orders', href: '/back-orders', entity: 'deliveries', label: 'delivery.backOrders' },
    { group: 'logistics', id: 'delivery-returns', href: '/delivery-returns', entity: 'delivery-returns', label: 'entity.delivery-returns' },
  ],
  routes: [{ path: '/back-orders', nav: 'back-orders', title: 'delivery.backOrders', load: () => import('./pages/BackOrdersPage.svelte') }],
  recordExtensions: [
    { entity: 'sales-orders', reads: 'deliveries', load: () => import('./components/OrderDeliveries.svelte'), props: ({ record }) => ({ order: record }) },
    {
      entity: 'deliveries',
      load: () => import('./components/DeliveryActions.svelte'),
      props: ({ record, etag, update }) => ({
        delivery: record,
        etag,
        onchange: (r: typeof record, tag: string, message: string) => update(r, tag, message),
      }),
    },
    { entity: 'delivery-returns', load: () => import('./components/ReturnNoteLink.svelte'), props: ({ record }) => ({ ret: record }) },
  ],
  messages: { en, de, es, zh },
};
