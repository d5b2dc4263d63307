// The platform entities' UI hints (see EntityHints in entities.ts): form order, list columns and
// filters, titles. References, defaults and sortability come from the contract (web/openapi.json).
import type { EntityHints, EntityName } from './entities';

const name = (r: Record<string, unknown>) => String(r.name ?? `#${r.id}`);

export const PLATFORM_ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  accounts: {
    form: [
      'name', 'kind', 'legal_name', 'tax_id', 'lifecycle', 'owner_id', 'email', 'phone', 'website', 'address_line', 'city',
      'postal_code', 'country', 'currency', 'customer_group_id', 'territory_id', 'payment_terms_days', 'credit_limit',
      'risk_profile', 'sales_method', 'key_account', 'notes', 'fiscal_position', 'updated_at',
    ],
    columns: ['name', 'city', 'country', 'lifecycle', 'owner_id', 'credit_limit', 'key_account'],
    filters: ['lifecycle', 'country', 'owner_id', 'key_account'],
    defaultSort: 'name',
    title: name,
  },
  contacts: {
    form: ['first_name', 'last_name', 'account_id', 'job_title', 'email', 'phone', 'mobile', 'language', 'is_primary', 'updated_at'],
    columns: ['first_name', 'last_name', 'account_id', 'job_title', 'email', 'phone'],
    filters: ['language', 'is_primary'],
    defaultSort: 'last_name',
    title: (r) => `${r.first_name ?? ''} ${r.last_name ?? ''}`.trim() || `#${r.id}`,
  },
  products: {
    form: [
      'sku', 'name', 'category_id', 'unit', 'sales_unit', 'sales_unit_factor', 'cost', 'hs_code', 'weight_kg', 'volume_m3',
      'active', 'tax_class', 'description', 'updated_at',
    ],
    fields: {
      sales_unit_factor: { showIf: (f) => String(f.sales_unit ?? '') !== '' },
    },
    columns: ['sku', 'name', 'category_id', 'unit', 'weight_kg', 'active'],
    filters: ['category_id', 'active', 'unit'],
    defaultSort: 'sku',
    title: (r) => `${r.sku ?? ''} ${r.name ?? ''}`.trim(),
  },
  users: {
    form: ['name', 'email', 'role', 'team_id', 'locale', 'active', 'updated_at'],
    columns: ['name', 'email', 'role', 'team_id', 'active'],
    filters: ['role', 'active', 'team_id'],
    defaultSort: 'name',
    title: name,
  },
  teams: {
    form: ['name', 'parent_id', 'leader_id', 'updated_at'],
    columns: ['name', 'parent_id', 'leader_id'],
    filters: ['parent_id'],
    defaultSort: 'name',
    title: name,
  },
  territories: {
    form: ['name', 'code', 'parent_id', 'updated_at'],
    columns: ['name', 'code', 'parent_id'],
    filters: ['parent_id'],
    defaultSort: 'name',
    title: name,
  },
  'customer-groups': {
    form: ['name', 'parent_id'],
    columns: ['name', 'parent_id'], filters: [], defaultSort: 'name', creatable: false, title: name,
  },
  'product-categories': {
    form: ['name', 'parent_id'],
    columns: ['name', 'parent_id'], filters: [], defaultSort: 'name', creatable: false, title: name,
  },
  'audit-events': {
    form: ['at', 'actor_id', 'entity', 'entity_id', 'action'],
    columns: ['at', 'actor_id', 'entity', 'entity_id', 'action'],
    filters: ['action', 'entity', 'actor_id'],
    defaultSort: '-at',
    title: (r) => `${r.entity} #${r.entity_id}`,
  },
};
