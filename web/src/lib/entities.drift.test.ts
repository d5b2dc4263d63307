// entities.ts joins the contract generated from the committed OpenAPI snapshot
// (api/entities.gen.ts from web/openapi.json; `npm run gen:api` after a server change) with the
// modules' UI hints. These tests hold both to the document itself, so they cannot drift: the
// generated file is the one the snapshot gives today, every field the UI shows exists in the
// entity's schema with a compatible type, the same enum options and the same required flag, the
// read and write roles are the server's own (x-salesdesk-access), and every hint names what the
// document has (fields, filters, record ids).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITIES, type EntityName, type FieldDef } from './entities';
import { CONTRACT } from './api/entities.gen';
import { entitiesSource, fieldType } from '../../scripts/gen-entities.mjs';

type Schema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: (string | null)[];
  $ref?: string;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};
type Access = { read_all: string[]; read_scoped: string[]; write: string[]; custom_writes?: boolean };
type Operation = { 'x-salesdesk-access'?: Access; responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> };

const doc = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

function listOperation(entity: EntityName): Operation {
  const op = doc.paths[`/api/v1/${entity}`]?.get;
  if (!op) throw new Error(`no GET /api/v1/${entity} in openapi.json`);
  return op;
}

function schemaName(entity: EntityName): string {
  const ref = listOperation(entity).responses?.['200']?.content?.['application/json']?.schema?.properties?.items?.items?.$ref;
  if (!ref) throw new Error(`GET /api/v1/${entity} does not answer a list of a named schema`);
  return ref.replace('#/components/schemas/', '');
}

/** Why a field's kind does not fit its schema, or '' when it does. */
function misfit(f: FieldDef, s: Schema): string {
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const is = (t: string) => types.includes(t);
  switch (f.kind) {
    case 'text':
    case 'textarea':
      return is('string') && !s.format && !s.enum && !s.pattern ? '' : 'not free text';
    case 'email':
      return s.format === 'email' ? '' : 'not an e-mail';
    case 'enum':
      return s.enum ? '' : 'not an enum';
    case 'bool':
      return is('boolean') ? '' : 'not a boolean';
    case 'ref':
      return is('integer') && s.format === 'int64' ? '' : 'not a record id';
    case 'int':
      return is('integer') ? '' : 'not an integer';
    case 'decimal':
      return is('string') && (s.pattern ?? '').includes('[0-9]') ? '' : 'not a decimal string';
    case 'money':
      // A money field that can be null is anyOf [Money, null] (OpenAPI 3.1).
      return [s, ...(s.anyOf ?? [])].some((x) => x.$ref === '#/components/schemas/Money') ? '' : 'not money';
    case 'country':
      return s.pattern === '^[A-Z]{2}$' ? '' : 'not a country code';
    case 'currency':
      return s.pattern === '^[A-Z]{3}$' ? '' : 'not a currency code';
    case 'datetime':
      return s.format === 'date-time' ? '' : 'not a timestamp';
    case 'date':
      return s.format === 'date' ? '' : 'not a date';
    case 'json':
    case 'bands':
      return is('object') || is('array') ? '' : 'not JSON';
  }
  return `unknown kind ${f.kind as string}`;
}

const entities = Object.keys(ENTITIES) as EntityName[];

describe('the generated contract (api/entities.gen.ts)', () => {
  it('is what web/openapi.json gives today (run `npm run gen:api -- --offline` when not)', () => {
    const file = readFileSync(new URL('./api/entities.gen.ts', import.meta.url), 'utf8');
    expect(file).toBe(entitiesSource(doc));
  });

  it('covers every record entity of the document (a list of a named schema, with its access)', () => {
    const listed = Object.keys(doc.paths).filter((p) => /^\/api\/v1\/[a-z-]+$/.test(p) && doc.paths[p].get?.['x-salesdesk-access']
      && doc.paths[p].get?.responses?.['200']?.content?.['application/json']?.schema?.properties?.items);
    expect(Object.keys(CONTRACT).sort()).toEqual(listed.map((p) => p.replace('/api/v1/', '')).sort());
  });

  it('types each kind of schema the way the UI needs it', () => {
    const s = doc.components.schemas;
    expect(fieldType('credit_limit', s.Account.properties!.credit_limit)).toBe('money');
    expect(fieldType('kind', s.Account.properties!.kind)).toBe('enum');
    expect(fieldType('country', s.Account.properties!.country)).toBe('country');
    expect(fieldType('currency', s.Account.properties!.currency)).toBe('currency');
    expect(fieldType('owner_id', s.Account.properties!.owner_id)).toBe('id');
    expect(fieldType('payment_terms_days', s.Account.properties!.payment_terms_days)).toBe('int');
    expect(fieldType('notes', s.Account.properties!.notes)).toBe('textarea');
    expect(fieldType('city', s.Account.properties!.city)).toBe('text');
    expect(fieldType('weight_kg', s.Product.properties!.weight_kg)).toBe('decimal');
    expect(fieldType('bands', s.PricingRule.properties!.bands)).toBe('json');
    expect(fieldType('valid_until', s.Quote.properties!.valid_until)).toBe('date');
    expect(fieldType('email', s.User.properties!.email)).toBe('email');
  });

  it('marks what the server sets as read-only and takes required from the input schema', () => {
    const field = (e: EntityName, n: string) => CONTRACT[e].fields.find((f) => f.name === n)!;
    expect(field('quotes', 'number').readOnly).toBe(true);
    expect(field('quotes', 'account_id').readOnly).toBeUndefined();
    expect(field('quotes', 'account_id').required).toBe(true);
    expect(field('products', 'cost').hiddenFor).toEqual(['rep']);
    expect(field('accounts', 'lifecycle').filter).toBe(true);
    expect(field('accounts', 'credit_limit').filter).toBeUndefined();
  });

  it('reads OpenAPI 3.1 nullability: type arrays, enums listing null, anyOf [Money, null]', () => {
    const field = (e: EntityName, n: string) => CONTRACT[e].fields.find((f) => f.name === n);
    const s = doc.components.schemas;
    expect(s.Account.properties!.lifecycle.enum).toContain(null);
    expect(field('accounts', 'lifecycle')?.options).toEqual(['prospect', 'active', 'at_risk', 'lost']);
    expect(s.Account.properties!.credit_limit.anyOf).toBeDefined();
    expect(field('accounts', 'credit_limit')?.type).toBe('money');
    expect(field('competitor-products', 'price_seen')?.type).toBe('money');
    expect(field('accounts', 'owner_id')?.type).toBe('id');
    expect(field('competitor-products', 'seen_on')?.type).toBe('date');
  });

  it('takes references, sortability and defaults from the document\'s extensions', () => {
    const field = (e: EntityName, n: string) => CONTRACT[e].fields.find((f) => f.name === n)!;
    expect(field('accounts', 'owner_id').ref).toBe('users');
    expect(field('competitor-products', 'competitor_id').ref).toBe('competitors');
    expect(field('tasks', 'related_id').refFrom).toBe('related_entity');
    expect(field('tasks', 'related_id').ref).toBeUndefined();
    // x-salesdesk-sortable: true sorts; absent does not (cost, JSON).
    expect(field('accounts', 'name').sortable).toBe(true);
    expect(field('products', 'cost').sortable).toBeUndefined();
    expect(field('pricing-rules', 'bands').sortable).toBeUndefined();
    expect(field('accounts', 'lifecycle').default).toBe('prospect');
    expect(field('pricing-rules', 'priority').default).toBe(0);
    expect(field('accounts', 'name').default).toBeUndefined();
    // … and the UI fields follow: a reference picker, no sort where the server refuses one.
    const ui = (e: EntityName, n: string) => ENTITIES[e].fields.find((f) => f.name === n)!;
    expect(ui('accounts', 'owner_id')).toMatchObject({ kind: 'ref', ref: 'users' });
    expect(ui('tasks', 'related_id')).toMatchObject({ kind: 'int', refFrom: 'related_entity' });
    expect(ui('products', 'cost').sortable).toBe(false);
    expect(ui('products', 'name').sortable).toBeUndefined();
  });
});

describe('the UI hints against the contract', () => {
  it.each(Object.keys(ENTITIES) as EntityName[])('%s: columns and filters are its fields, filters the server\'s, references record ids of known entities', (entity) => {
    const def = ENTITIES[entity];
    const contract = new Map(CONTRACT[entity].fields.map((f) => [f.name, f]));
    const shown = new Set(def.fields.map((f) => f.name));
    const problems: string[] = [];
    for (const c of def.columns) if (!shown.has(c)) problems.push(`column ${c} is not a form field`);
    for (const f of def.filters) if (!contract.get(f)?.filter) problems.push(`filter ${f} is not a filter of GET /api/v1/${entity}`);
    const sortField = def.defaultSort.replace(/^-/, '');
    if (sortField !== 'id' && !contract.has(sortField)) problems.push(`defaultSort ${sortField} is not a field`);
    else if (sortField !== 'id' && !contract.get(sortField)!.sortable) problems.push(`defaultSort ${sortField} is not x-salesdesk-sortable (the server answers 422)`);
    for (const f of def.fields) {
      if (f.kind === 'ref' && (contract.get(f.name)?.type !== 'id' || !(f.ref! in CONTRACT))) problems.push(`${f.name} -> ${f.ref}: not a record id of a known entity`);
      if (contract.get(f.name)?.type === 'id' && f.kind !== 'ref' && !f.refFrom && !['entity_id'].includes(f.name)) problems.push(`${f.name}: a record id the UI does not know the entity of`);
      if (f.refFrom && !shown.has(f.refFrom)) problems.push(`${f.name}: refFrom ${f.refFrom} is not a form field`);
    }
    expect(problems).toEqual([]);
  });
});

describe('entities.ts against the server (openapi.json)', () => {
  it.each(entities)('%s: every field exists with a compatible type, its options and required flag', (entity) => {
    const name = schemaName(entity);
    const record = doc.components.schemas[name];
    const input = doc.components.schemas[`${name}Input`];
    const problems: string[] = [];
    for (const f of ENTITIES[entity].fields) {
      const s = record.properties?.[f.name];
      if (!s) {
        problems.push(`${f.name}: not a field of ${name}`);
        continue;
      }
      const why = misfit(f, s);
      if (why) problems.push(`${f.name}: ${f.kind} but the server's is ${why} (${JSON.stringify(s)})`);
      // A nullable enum lists null among its values (the field may be empty), not an option.
      const options = s.enum?.filter((v) => v !== null);
      if (f.kind === 'enum' && options && [...(f.options ?? [])].sort().join() !== [...options].sort().join()) {
        problems.push(`${f.name}: options ${JSON.stringify(f.options)} but the server's are ${JSON.stringify(s.enum)}`);
      }
      const required = input?.required?.includes(f.name) ?? false;
      if (!f.readOnly && !!f.required !== required) {
        problems.push(`${f.name}: required is ${!!f.required} here and ${required} on the server`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(entities)('%s: the roles that may read and write are the server\'s', (entity) => {
    const access = listOperation(entity)['x-salesdesk-access'];
    expect(access, 'x-salesdesk-access on the list operation').toBeDefined();
    const def = ENTITIES[entity];
    expect([...def.read].sort()).toEqual([...access!.read_all, ...access!.read_scoped].sort());
    // A document written only through its own actions (quote lines through their quote) may
    // offer no generic form at all; otherwise its writers are the server's.
    if (!(access!.custom_writes && def.write.length === 0)) {
      expect([...def.write].sort()).toEqual([...access!.write].sort());
    }
  });

  it.each(entities)('%s: a saved record offers Save exactly when the server takes PATCH or PUT', (entity) => {
    const item = doc.paths[`/api/v1/${entity}/{id}`];
    expect(ENTITIES[entity].updatable).toBe(!!(item?.patch || item?.put));
  });

  it('knows records fixed once saved (payments) from those that change (accounts)', () => {
    expect(ENTITIES.payments.updatable).toBe(false);
    expect(ENTITIES.accounts.updatable).toBe(true);
  });

  it('would notice a drift (the checks are not vacuous)', () => {
    const s = doc.components.schemas[schemaName('accounts')].properties!;
    expect(misfit({ name: 'kind', kind: 'text' }, s.kind)).not.toBe('');
    expect(misfit({ name: 'credit_limit', kind: 'decimal' }, s.credit_limit)).not.toBe('');
    expect(misfit({ name: 'country', kind: 'country' }, s.country)).toBe('');
  });
});
