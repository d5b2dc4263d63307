// What the UI knows about each entity: the server's contract (api/entities.gen.ts, generated
// from web/openapi.json: fields, types, enums, required/read-only, filters, read and write
// roles, references, sortability, defaults) joined with the UI hints the document cannot give
// (form order, list columns and filters, titles). The platform's hints are in entity-hints.ts,
// a module's in its module.ts (`entities`).
import type { Role } from './api/client';
import { CONTRACT, type ContractEntityName } from './api/entities.gen';
import type { ContractField } from './contract';
import { PLATFORM_ENTITIES } from './entity-hints';
import { MODULES } from '../modules';

export type FieldKind =
  | 'text' | 'textarea' | 'email' | 'enum' | 'bool' | 'ref' | 'int' | 'decimal' | 'money'
  | 'country' | 'currency' | 'datetime' | 'date' | 'json' | 'bands';

export type FieldDef = {
  name: string;
  /** The entity it belongs to (scopes its enum labels: enum.<entity>.<field>.<value>). */
  entity?: EntityName;
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

/** Every record entity of the contract; ENTITIES holds those the UI has hints for. */
export type EntityName = ContractEntityName;

/** What a module says about one of its entities beyond the contract. */
export type FieldHint = {
  /** A finer input than the contract's type gives (the bands editor for a JSON field). */
  kind?: FieldKind;
  showIf?: (form: Record<string, unknown>) => boolean;
  /** The UI shows it read-only although the server would take it (a quote's owner). */
  readOnly?: true;
  /** The UI does not show it to these roles although the server sends it. */
  hiddenFor?: Role[];
};
export type EntityHints = {
  /** The fields the record form shows, in this order. */
  form: string[];
  fields?: Record<string, FieldHint>;
  /** Visible in the list by default. */
  columns: string[];
  /** Offered as list filters (each must be a filter of the contract). */
  filters: string[];
  defaultSort: string;
  /** Offers a create form in the list and palette (default: the contract has a create). */
  creatable?: boolean;
  title: (r: Record<string, unknown>) => string;
};

export type EntityDef = {
  name: EntityName;
  fields: FieldDef[];
  columns: string[];          // visible by default
  filters: string[];          // fields offered as list filters
  defaultSort: string;
  read: Role[];
  write: Role[];
  creatable?: boolean;        // has a create form in the UI
  updatable: boolean;         // a saved record takes PATCH (payments, runs: only their actions)
  title: (r: Record<string, unknown>) => string;
};

export const ROLES: Role[] = ['admin', 'director', 'senior_manager', 'manager', 'rep', 'finance', 'logistics'];
export const ALL = ROLES;

/** The UI field of a contract field: its kind, options and flags, refined by the hint. */
export function fieldFrom(c: ContractField, hint: FieldHint = {}, writable = true, entity?: EntityName): FieldDef {
  const readOnly = !writable || !!c.readOnly || !!hint.readOnly;
  const hiddenFor = [...(c.hiddenFor ?? []), ...(hint.hiddenFor ?? [])];
  const ref = c.ref as EntityName | undefined;
  const kind: FieldKind = hint.kind ?? (c.type === 'id' ? (ref ? 'ref' : 'int') : c.type);
  const f: FieldDef = { name: c.name, kind };
  if (entity) f.entity = entity;
  if (c.required && !readOnly) f.required = true;
  if (c.options) f.options = c.options;
  if (ref && kind === 'ref') f.ref = ref;
  if (c.refFrom) f.refFrom = c.refFrom;
  if (readOnly) f.readOnly = true;
  if (hiddenFor.length) f.hiddenFor = hiddenFor;
  // The document marks what sorts (x-salesdesk-sortable); JSON values and cost fields do not.
  if (!c.sortable) f.sortable = false;
  if (hint.showIf) f.showIf = hint.showIf;
  return f;
}

export function entityFrom(name: EntityName, hints: EntityHints): EntityDef {
  const contract = CONTRACT[name];
  const byName = new Map(contract.fields.map((f) => [f.name, f]));
  // A document written only through its own actions (quote lines through their quote) has no
  // generic create or update: nobody writes it here and all its fields are read-only.
  const generic = contract.creates || contract.updates;
  const fields = hints.form.map((n) => {
    const c = byName.get(n);
    if (!c) throw new Error(`${name}.${n} is not a field of the contract (web/openapi.json)`);
    return fieldFrom(c, hints.fields?.[n], generic, name);
  });
  return {
    name,
    fields,
    columns: hints.columns,
    filters: hints.filters,
    defaultSort: hints.defaultSort,
    read: contract.read,
    write: generic ? contract.write : [],
    creatable: hints.creatable ?? contract.creates,
    updatable: contract.updates,
    title: hints.title,
  };
}

const HINTS: Partial<Record<EntityName, EntityHints>> = Object.assign({}, PLATFORM_ENTITIES, ...MODULES.map((m) => m.entities ?? {}));

export const ENTITIES = Object.fromEntries(
  Object.entries(HINTS).map(([name, hints]) => [name, entityFrom(name as EntityName, hints!)]),
) as Record<EntityName, EntityDef>;

export const canRead = (e: EntityName, role: Role | undefined) => !!role && !!ENTITIES[e]?.read.includes(role);
export const canWrite = (e: EntityName, role: Role | undefined) => !!role && !!ENTITIES[e]?.write.includes(role);

export function fieldsFor(e: EntityName, role: Role | undefined): FieldDef[] {
  return ENTITIES[e].fields.filter((f) => !role || !f.hiddenFor?.includes(role));
}

/** A new record's values the server would give on create (JSON Schema `default`). */
export function contractDefaults(e: EntityName): Record<string, unknown> {
  return Object.fromEntries(CONTRACT[e].fields.filter((f) => f.default !== undefined).map((f) => [f.name, f.default]));
}

/** The options of an enum field as the contract gives them (units, incoterms). */
export function optionsOf(e: EntityName, field: string): string[] {
  return CONTRACT[e].fields.find((f) => f.name === field)?.options ?? [];
}
