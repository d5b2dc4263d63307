// What the UI knows about each entity: fields (mirroring src/app/records/entity_catalog.cpp),
// default columns, list filters, and which roles may read and write (the catalog's policies).
import type { Role } from './api/client';
import { SALES_ENTITIES, type SalesEntityName } from '../modules/sales/lib/sales-entities';

export type FieldKind =
  | 'text' | 'textarea' | 'email' | 'enum' | 'bool' | 'ref' | 'int' | 'decimal' | 'money'
  | 'country' | 'currency' | 'datetime' | 'date' | 'json' | 'bands';

export type FieldDef = {
  name: string;
  kind: FieldKind;
  required?: boolean;
  options?: string[];
  ref?: EntityName;
  /** An id whose entity another field names (a task's related_id by related_entity): picked like a ref. */
  refFrom?: string;
  readOnly?: boolean;
  sortable?: boolean;
  hiddenFor?: Role[];
  /** Shown in forms only when this holds for the form's values (e.g. product_id when scope = product). */
  showIf?: (form: Record<string, unknown>) => boolean;
};

export type EntityName =
  | 'accounts' | 'contacts' | 'products' | 'users' | 'teams' | 'territories'
  | 'customer-groups' | 'product-categories' | 'audit-events' | SalesEntityName;

export type EntityDef = {
  name: EntityName;
  fields: FieldDef[];
  columns: string[];          // visible by default
  filters: string[];          // fields offered as list filters
  defaultSort: string;
  read: Role[];
  write: Role[];
  creatable?: boolean;        // has a create form in the UI
  title: (r: Record<string, unknown>) => string;
};

export const ALL: Role[] = ['admin', 'director', 'senior_manager', 'manager', 'rep', 'finance', 'logistics'];
export const CUSTOMER_READ: Role[] = ['director', 'senior_manager', 'manager', 'rep', 'finance', 'logistics'];
export const CUSTOMER_WRITE: Role[] = ['director', 'senior_manager', 'manager', 'rep'];
const ORG_WRITE: Role[] = ['admin', 'director'];

export const ROLES = ALL;
export const name = (r: Record<string, unknown>) => String(r.name ?? `#${r.id}`);

export const ENTITIES: Record<EntityName, EntityDef> = {
  accounts: {
    name: 'accounts',
    fields: [
      { name: 'name', kind: 'text', required: true },
      { name: 'kind', kind: 'enum', required: true, options: ['company', 'person'] },
      { name: 'legal_name', kind: 'text' },
      { name: 'tax_id', kind: 'text' },
      { name: 'lifecycle', kind: 'enum', options: ['prospect', 'active', 'at_risk', 'lost'] },
      { name: 'owner_id', kind: 'ref', ref: 'users' },
      { name: 'email', kind: 'email' },
      { name: 'phone', kind: 'text' },
      { name: 'website', kind: 'text' },
      { name: 'address_line', kind: 'text' },
      { name: 'city', kind: 'text' },
      { name: 'postal_code', kind: 'text' },
      { name: 'country', kind: 'country', required: true },
      { name: 'currency', kind: 'currency', required: true },
      { name: 'customer_group_id', kind: 'ref', ref: 'customer-groups' },
      { name: 'territory_id', kind: 'ref', ref: 'territories' },
      { name: 'payment_terms_days', kind: 'int' },
      { name: 'credit_limit', kind: 'money' },
      { name: 'risk_profile', kind: 'enum', options: ['low', 'medium', 'high'] },
      { name: 'sales_method', kind: 'enum', options: ['open_account', 'letter_of_credit', 'prepayment'] },
      { name: 'key_account', kind: 'bool' },
      { name: 'notes', kind: 'textarea' },
      { name: 'fiscal_position', kind: 'enum', options: ['auto', 'domestic', 'reverse_charge', 'export', 'exempt'] },
      { name: 'updated_at', kind: 'datetime', readOnly: true },
    ],
    columns: ['name', 'city', 'country', 'lifecycle', 'owner_id', 'credit_limit', 'key_account'],
    filters: ['lifecycle', 'country', 'owner_id', 'key_account'],
    defaultSort: 'name',
    read: CUSTOMER_READ,
    write: CUSTOMER_WRITE,
    creatable: true,
    title: name,
  },
  contacts: {
    name: 'contacts',
    fields: [
      { name: 'first_name', kind: 'text', required: true },
      { name: 'last_name', kind: 'text', required: true },
      { name: 'account_id', kind: 'ref', ref: 'accounts', required: true },
      { name: 'job_title', kind: 'text' },
      { name: 'email', kind: 'email' },
      { name: 'phone', kind: 'text' },
      { name: 'mobile', kind: 'text' },
      { name: 'language', kind: 'enum', options: ['en', 'de', 'es', 'zh', 'fr', 'it', 'pt', 'ja'] },
      { name: 'is_primary', kind: 'bool' },
      { name: 'updated_at', kind: 'datetime', readOnly: true },
    ],
    columns: ['first_name', 'last_name', 'account_id', 'job_title', 'email', 'phone'],
    filters: ['language', 'is_primary'],
    defaultSort: 'last_name',
    read: CUSTOMER_READ,
    write: CUSTOMER_WRITE,
    creatable: true,
    title: (r) => `${r.first_name ?? ''} ${r.last_name ?? ''}`.trim() || `#${r.id}`,
  },
  products: {
    name: 'products',
    fields: [
      { name: 'sku', kind: 'text', required: true },
      { name: 'name', kind: 'text', required: true },
      { name: 'category_id', kind: 'ref', ref: 'product-categories' },
      { name: 'unit', kind: 'enum', options: ['pc', 'box', 'pack', 'set', 'kg', 'g', 'l', 'ml', 'm'] },
      { name: 'sales_unit', kind: 'enum', options: ['pc', 'box', 'pack', 'set', 'kg', 'g', 'l', 'ml', 'm'] },
      { name: 'sales_unit_factor', kind: 'int', showIf: (f) => String(f.sales_unit ?? '') !== '' },
      { name: 'cost', kind: 'money', sortable: false, hiddenFor: ['rep'] },
      { name: 'hs_code', kind: 'text' },
      { name: 'weight_kg', kind: 'decimal' },
      { name: 'volume_m3', kind: 'decimal' },
      { name: 'active', kind: 'bool' },
      { name: 'tax_class', kind: 'enum', options: ['standard', 'reduced', 'super_reduced', 'zero', 'exempt'] },
      { name: 'description', kind: 'textarea' },
      { name: 'updated_at', kind: 'datetime', readOnly: true },
    ],
    columns: ['sku', 'name', 'category_id', 'unit', 'weight_kg', 'active'],
    filters: ['category_id', 'active', 'unit'],
    defaultSort: 'sku',
    read: ALL,
    write: ['admin', 'director', 'logistics'],
    creatable: true,
    title: (r) => `${r.sku ?? ''} ${r.name ?? ''}`.trim(),
  },
  users: {
    name: 'users',
    fields: [
      { name: 'name', kind: 'text', required: true },
      { name: 'email', kind: 'email', required: true },
      { name: 'role', kind: 'enum', required: true, options: ALL },
      { name: 'team_id', kind: 'ref', ref: 'teams' },
      { name: 'locale', kind: 'enum', options: ['en', 'de', 'es', 'zh'] },
      { name: 'active', kind: 'bool' },
      { name: 'updated_at', kind: 'datetime', readOnly: true },
    ],
    columns: ['name', 'email', 'role', 'team_id', 'active'],
    filters: ['role', 'active', 'team_id'],
    defaultSort: 'name',
    read: ALL,
    write: ORG_WRITE,
    creatable: true,
    title: name,
  },
  teams: {
    name: 'teams',
    fields: [
      { name: 'name', kind: 'text', required: true },
      { name: 'parent_id', kind: 'ref', ref: 'teams' },
      { name: 'leader_id', kind: 'ref', ref: 'users' },
      { name: 'updated_at', kind: 'datetime', readOnly: true },
    ],
    columns: ['name', 'parent_id', 'leader_id'],
    filters: ['parent_id'],
    defaultSort: 'name',
    read: ALL,
    write: ORG_WRITE,
    creatable: true,
    title: name,
  },
  territories: {
    name: 'territories',
    fields: [
      { name: 'name', kind: 'text', required: true },
      { name: 'code', kind: 'text' },
      { name: 'parent_id', kind: 'ref', ref: 'territories' },
      { name: 'updated_at', kind: 'datetime', readOnly: true },
    ],
    columns: ['name', 'code', 'parent_id'],
    filters: ['parent_id'],
    defaultSort: 'name',
    read: ALL,
    write: ORG_WRITE,
    creatable: true,
    title: name,
  },
  'customer-groups': {
    name: 'customer-groups',
    fields: [{ name: 'name', kind: 'text', required: true }, { name: 'parent_id', kind: 'ref', ref: 'customer-groups' }],
    columns: ['name', 'parent_id'], filters: [], defaultSort: 'name', read: ALL, write: ORG_WRITE, title: name,
  },
  'product-categories': {
    name: 'product-categories',
    fields: [{ name: 'name', kind: 'text', required: true }, { name: 'parent_id', kind: 'ref', ref: 'product-categories' }],
    columns: ['name', 'parent_id'], filters: [], defaultSort: 'name', read: ALL, write: ['admin', 'director', 'logistics'], title: name,
  },
  'audit-events': {
    name: 'audit-events',
    fields: [
      { name: 'at', kind: 'datetime', readOnly: true },
      { name: 'actor_id', kind: 'ref', ref: 'users', readOnly: true },
      { name: 'entity', kind: 'text', readOnly: true },
      { name: 'entity_id', kind: 'int', readOnly: true },
      { name: 'action', kind: 'enum', options: ['create', 'update', 'delete'], readOnly: true },
    ],
    columns: ['at', 'actor_id', 'entity', 'entity_id', 'action'],
    filters: ['action', 'entity', 'actor_id'],
    defaultSort: '-at',
    // The trail of the records each role may read (the server filters; admins: their domain).
    read: ['admin', 'director', 'senior_manager', 'manager', 'rep', 'finance', 'logistics'],
    write: [],
    title: (r) => `${r.entity} #${r.entity_id}`,
  },
  ...SALES_ENTITIES,
};

export const canRead = (e: EntityName, role: Role | undefined) => !!role && ENTITIES[e].read.includes(role);
export const canWrite = (e: EntityName, role: Role | undefined) => !!role && ENTITIES[e].write.includes(role);

export function fieldsFor(e: EntityName, role: Role | undefined): FieldDef[] {
  return ENTITIES[e].fields.filter((f) => !role || !f.hiddenFor?.includes(role));
}

export const LIST_ENTITIES: EntityName[] = [
  'accounts', 'contacts', 'products', 'users', 'teams', 'territories', 'audit-events',
  'price-lists', 'pricing-rules', 'quotes', 'approval-requests', 'contracts', 'tasks', 'sales-orders', 'notifications',
];
