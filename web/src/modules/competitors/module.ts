// Market knowledge (src/modules/competitors on the server): the competitors and the prices their
// products were seen at. Every seller reads and records them, finance reads them; admins and
// logistics have no menu entry (the server answers them 403). A competitor's page lists its
// products and prices seen; a product's page lists what competitors were seen charging for it.
import type { EntityHints, EntityName } from '../../lib/entities';
import type { WebModule } from '../types';
import { en } from './i18n/en';
import { de } from './i18n/de';
import { es } from './i18n/es';
import { zh } from './i18n/zh';

const named = (r: Record<string, unknown>) => String(r.name ?? `#${r.id}`);

const ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  competitors: {
    form: ['name', 'website', 'country', 'active', 'strengths', 'weaknesses', 'updated_at'],
    columns: ['name', 'country', 'website', 'active'],
    filters: ['country', 'active'],
    defaultSort: 'name',
    title: named,
  },
  'competitor-products': {
    form: ['competitor_id', 'name', 'product_id', 'price_seen', 'seen_on', 'source', 'notes', 'updated_at'],
    columns: ['competitor_id', 'name', 'product_id', 'price_seen', 'seen_on', 'source'],
    filters: ['competitor_id', 'product_id', 'source'],
    defaultSort: '-seen_on',
    title: named,
  },
};

const pricesSeen = () => import('./components/PricesSeen.svelte');

export const competitors: WebModule = {
  name: 'competitors',
  entities: ENTITIES,
  // After the desk's sales and pricing groups: what the market charges, before our catalogue.
  navGroups: [{ id: 'market', label: 'nav.group.market', order: 40 }],
  nav: [
    { group: 'market', id: 'competitors', href: '/competitors', entity: 'competitors', label: 'entity.competitors' },
    { group: 'market', id: 'competitor-products', href: '/competitor-products', entity: 'competitor-products', label: 'entity.competitor-products' },
  ],
  recordExtensions: [
    { entity: 'competitors', reads: 'competitor-products', load: pricesSeen, props: ({ record }) => ({ by: 'competitor', parentId: record.id }) },
    { entity: 'products', reads: 'competitor-products', load: pricesSeen, props: ({ record }) => ({ by: 'product', parentId: record.id }) },
  ],
  // Beside our price on each quote line: what competitors were seen charging for the product.
  lineHints: [{ entity: 'quotes', reads: 'competitor-products', load: () => import('./components/CompetitorPriceHint.svelte') }],
  defaults: { 'competitor-products': { price_seen: { amount: '', currency: 'EUR' } } },
  // A price is usually recorded the day it was seen.
  prefill: { 'competitor-products': () => import('./lib/prices').then((m) => ({ seen_on: m.today() })) },
  messages: { en, de, es, zh },
};
