// The negotiation desk's entities (docs/sales-desk-api.md): their UI hints (EntityHints in
// src/lib/entities.ts); fields, types, enums and roles come from the contract.
import { CONTRACT } from '../../../lib/api/entities.gen';
import type { EntityHints, EntityName } from '../../../lib/entities';

const optionsOf = (e: EntityName, field: string) => CONTRACT[e].fields.find((f) => f.name === field)?.options ?? [];
export const UNITS = optionsOf('products', 'unit');
export const INCOTERMS = optionsOf('quotes', 'incoterm');
export const QUOTE_STATUSES = optionsOf('quotes', 'status');
export const QUOTE_LANGUAGES = optionsOf('quotes', 'language');

const named = (r: Record<string, unknown>) => String(r.name ?? `#${r.id}`);
const numbered = (r: Record<string, unknown>) => String(r.number ?? `#${r.id}`);
const byId = (r: Record<string, unknown>) => `#${r.id}`;
const is = (field: string, ...values: string[]) => (f: Record<string, unknown>) => values.includes(String(f[field] ?? ''));
const set = (field: string) => (f: Record<string, unknown>) => String(f[field] ?? '') !== '';

export const SALES_ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  'price-lists': {
    form: ['name', 'currency', 'valid_from', 'valid_to', 'parent_id', 'active', 'updated_at'],
    columns: ['name', 'currency', 'valid_from', 'valid_to', 'parent_id', 'active'],
    filters: ['active'],
    defaultSort: 'name',
    title: named,
  },
  'price-list-items': {
    form: ['price_list_id', 'product_id', 'unit', 'min_quantity', 'price'],
    columns: ['product_id', 'unit', 'min_quantity', 'price'],
    filters: [],
    defaultSort: 'id',
    // Added on the price list's own page (PriceListItems), not from a list of all items.
    creatable: false,
    title: byId,
  },
  'pricing-rules': {
    form: [
      'name', 'priority', 'active', 'scope', 'product_id', 'category_id', 'unit', 'account_id', 'customer_group_id',
      'territory_id', 'channel', 'price_list_ids', 'min_quantity', 'max_quantity', 'valid_from', 'valid_to', 'season_from',
      'season_to', 'cumulative_min_quantity', 'cumulative_period', 'cumulative_days', 'action', 'currency', 'source_list_id',
      'tier_mode', 'bands', 'rounding', 'rounding_step', 'rounding_ending', 'min_margin_pct', 'max_margin_pct', 'stackable',
      'updated_at',
    ],
    fields: {
      product_id: { showIf: is('scope', 'product') },
      category_id: { showIf: is('scope', 'category') },
      cumulative_period: { showIf: set('cumulative_min_quantity') },
      cumulative_days: { showIf: is('cumulative_period', 'rolling_days') },
      currency: { showIf: is('action', 'fixed_price', 'amount_off', 'surcharge') },
      source_list_id: { showIf: is('action', 'from_list') },
      bands: { kind: 'bands' },
      rounding_step: { showIf: is('rounding', 'step', 'ending') },
      rounding_ending: { showIf: is('rounding', 'ending') },
      // The server sends margin limits to reps; the form keeps them out of a rep's way.
      min_margin_pct: { hiddenFor: ['rep'] },
      max_margin_pct: { hiddenFor: ['rep'] },
    },
    columns: ['name', 'priority', 'active', 'scope', 'action', 'valid_from', 'valid_to'],
    filters: ['active', 'scope', 'action'],
    defaultSort: 'name',
    title: named,
  },
  quotes: {
    form: [
      'number', 'status', 'account_id', 'contact_id', 'price_list_id', 'currency', 'channel', 'language', 'pricing_date',
      'valid_until', 'payment_terms_days', 'incoterm', 'revision', 'untaxed', 'tax', 'total', 'margin', 'sent_at',
      'decided_at', 'notes', 'owner_id', 'updated_at',
    ],
    // The quote editor sets the pricing date and the owner itself (the server would take them).
    fields: { owner_id: { readOnly: true }, pricing_date: { readOnly: true } },
    columns: ['number', 'account_id', 'status', 'total', 'valid_until', 'owner_id'],
    filters: ['status', 'owner_id'],
    defaultSort: '-id',
    title: numbered,
  },
  'quote-lines': {
    form: ['quote_id', 'product_id', 'quantity', 'unit_price'],
    columns: ['quote_id', 'product_id', 'quantity', 'unit_price'],
    filters: [],
    defaultSort: 'id',
    title: byId,
  },
  'approval-requests': {
    form: [
      'quote_id', 'status', 'revision', 'requester_id', 'approver_id', 'exceeds_every_authority', 'comment',
      'decided_by_id', 'decided_at', 'created_at', 'updated_at',
    ],
    columns: ['quote_id', 'status', 'requester_id', 'approver_id', 'created_at'],
    filters: ['status'],
    defaultSort: '-id',
    title: byId,
  },
  contracts: {
    form: [
      'number', 'title', 'account_id', 'quote_id', 'status', 'value', 'start_date', 'end_date', 'renewal_notice_days',
      'payment_terms_days', 'incoterm', 'signed_by_id', 'signed_on', 'signed_at', 'customer_signed_on',
      'quality_standards', 'terms', 'owner_id', 'updated_at',
    ],
    columns: ['number', 'title', 'account_id', 'status', 'value', 'end_date', 'owner_id'],
    filters: ['status', 'owner_id'],
    defaultSort: '-id',
    title: (r) => String(r.title || r.number || `#${r.id}`),
  },
  tasks: {
    form: ['title', 'due_on', 'done', 'related_entity', 'related_id', 'notes', 'owner_id', 'updated_at'],
    columns: ['title', 'due_on', 'done', 'related_entity', 'owner_id'],
    filters: ['done', 'owner_id'],
    defaultSort: 'due_on',
    title: (r) => String(r.title ?? `#${r.id}`),
  },
  'sales-orders': {
    form: [
      'number', 'status', 'account_id', 'quote_id', 'currency', 'ordered_on', 'payment_terms_days', 'incoterm', 'untaxed',
      'tax', 'total', 'confirmed_at', 'cancelled_at', 'owner_id', 'updated_at',
    ],
    columns: ['number', 'account_id', 'status', 'total', 'ordered_on', 'owner_id'],
    filters: ['status', 'owner_id'],
    defaultSort: '-id',
    title: numbered,
  },
  'sales-order-lines': {
    form: ['sales_order_id', 'position', 'product_id', 'description', 'quantity', 'unit', 'unit_price', 'discount_pct', 'tax_rate_pct', 'net'],
    columns: ['position', 'product_id', 'quantity', 'unit', 'unit_price', 'net'],
    filters: [],
    defaultSort: 'position',
    title: byId,
  },
  notifications: {
    form: ['text', 'link', 'read', 'owner_id', 'created_at'],
    columns: ['text', 'read', 'created_at'],
    filters: ['read'],
    defaultSort: '-id',
    title: (r) => String(r.text ?? `#${r.id}`),
  },
};
