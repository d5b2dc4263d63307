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
  /** The referenced entity (x-salesdesk-ref), when the document says it. */
  ref?: string;
  sortable?: boolean;
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
