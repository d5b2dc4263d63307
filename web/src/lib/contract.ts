// The shape of src/lib/api/entities.gen.ts: what the OpenAPI document says about each record
// entity (scripts/gen-entities.mjs derives it).
import type { Role } from './api/client';

export type ContractType =
  | 'text' | 'textarea' | 'email' | 'enum' | 'bool' | 'id' | 'int' | 'decimal' | 'money'
  | 'country' | 'currency' | 'datetime' | 'date' | 'json';

export type ContractField = {
  name: string;
  /** 'id': a record id (int64 `..._id`); its entity comes from `ref`. */
  type: ContractType;
  required?: boolean;
  /** Absent from the entity's input schema or marked readOnly: set by the server. */
  readOnly?: boolean;
  options?: string[];
  hiddenFor?: Role[];
  /** Offered as a list filter (?name=value) by the list operation. */
  filter?: boolean;
  /** The referenced entity (x-salesdesk-ref). */
  ref?: string;
  /** A polymorphic reference (x-salesdesk-ref-from): the field naming the entity (tasks.related_id by related_entity). */
  refFrom?: string;
  /** ?sort= takes it (x-salesdesk-sortable: true); absent = the server refuses to sort by it. */
  sortable?: boolean;
  /** The value the server gives it on create when the request leaves it out (JSON Schema `default`). */
  default?: unknown;
};

export type ContractEntity = {
  schema: string;
  /** x-salesdesk-access: read_all + read_scoped, and write. */
  read: Role[];
  write: Role[];
  customWrites: boolean;
  /** POST on the collection; PATCH or PUT on a record. */
  creates: boolean;
  updates: boolean;
  /** The list takes q= (the palette's search). */
  search: boolean;
  fields: ContractField[];
};
