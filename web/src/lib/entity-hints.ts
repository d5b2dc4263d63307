// The platform entities' UI hints (see EntityHints in entities.ts): form order, list columns and
// filters, titles, and the entities their `..._id` fields point to (not in the document yet).
import type { EntityHints, EntityName } from './entities';

const name = (r: Record<string, unknown>) => String(r.name ?? `#${r.id}`);
const ref = (to: EntityName) => ({ ref: to });

export const PLATFORM_ENTITIES: Partial<Record<EntityName, EntityHints>> = {
  accounts: {
    form: [
      'name', 'kind', 'legal_name', 'tax_id', 'lifecycle', 'owner_id', 'email', 'phone', 'website', 'address_line', 'city',
      'postal_code', 'country', 'currency', 'customer_group_id', 'territory_id', 'payment_terms_days', 'credit_limit',
      'risk_profile', 'sales_method', 'key_account', 'notes', 'fiscal_position', 'updated_at',
    ],
    fields: { owner_id: ref('users'), customer_group_id: ref('customer-groups'), territory_id: ref('territories') },
    columns: ['name', 'city', 'country', 'lifecycle', 'owner_id', 'credit_limit', 'key_account'],
    filters: ['lifecycle', 'country', 'owner_id', 'key_account'],
    defaultSort: 'name',
    title: name,
  },
  contacts: {
    form: ['first_name', 'last_name', 'account_id', 'job_title', 'email', 'phone', 'mobile', 'language', 'is_primary', 'updated_at'],
    fields: { account_id: ref('accounts') },
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
      category_id: ref('product-categories'),
      sales_unit_factor: { showIf: (f) => String(f.sales_unit ?? '') !== '' },
    },
    columns: ['sku', 'name', 'category_id', 'unit', 'weight_kg', 'active'],
    filters: ['category_id', 'active', 'unit'],
    defaultSort: 'sku',
    title: (r) => `${r.sku ?? ''} ${r.name ?? ''}`.trim(),
  },
  users: {
    form: ['name', 'email', 'role', 'team_id', 'locale', 'active', 'updated_at'],
    fields: { team_id: ref('teams') },
    columns: ['name', 'email', 'role', 'team_id', 'active'],
    filters: ['role', 'active', 'team_id'],
    defaultSort: 'name',
    title: name,
  },
  teams: {
    form: ['name', 'parent_id', 'leader_id', 'updated_at'],
    fields: { parent_id: ref('teams'), leader_id: ref('users') },
    columns: ['name', 'parent_id', 'leader_id'],
    filters: ['parent_id'],
    defaultSort: 'name',
    title: name,
  },
  territories: {
    form: ['name', 'code', 'parent_id', 'updated_at'],
    fields: { parent_id: ref('territories') },
    columns: ['name', 'code', 'parent_id'],
    filters: ['parent_id'],
    defaultSort: 'name',
    title: name,
  },
  'customer-groups': {
    form: ['name', 'parent_id'], fields: { parent_id: ref('customer-groups') },
    columns: ['name', 'parent_id'], filters: [], defaultSort: 'name', creatable: false, title: name,
  },
  'product-categories': {
    form: ['name', 'parent_id'], fields: { parent_id: ref('product-categories') },
    columns: ['name', 'parent_id'], filters: [], defaultSort: 'name', creatable: false, title: name,
  },
  'audit-events': {
    form: ['at', 'actor_id', 'entity', 'entity_id', 'action'],
    fields: { actor_id: ref('users') },
    columns: ['at', 'actor_id', 'entity', 'entity_id', 'action'],
    filters: ['action', 'entity', 'actor_id'],
    defaultSort: '-at',
    title: (r) => `${r.entity} #${r.entity_id}`,
  },
};
