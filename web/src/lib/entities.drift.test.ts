// entities.ts restates, for the screens, what the server's entity catalog says (fields, their
// types and options, who may read and write). This test holds it to the committed OpenAPI
// snapshot (web/openapi.json; `npm run gen:api` after a server change), so the two cannot drift:
// every field the UI shows exists in the entity's schema with a compatible type, the same enum
// options and the same required flag, and the read and write roles are the server's own
// (x-salesdesk-access, from the entity's role policies).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITIES, type EntityName, type FieldDef } from './entities';

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

  it('would notice a drift (the checks are not vacuous)', () => {
    const s = doc.components.schemas[schemaName('accounts')].properties!;
    expect(misfit({ name: 'kind', kind: 'text' }, s.kind)).not.toBe('');
    expect(misfit({ name: 'credit_limit', kind: 'decimal' }, s.credit_limit)).not.toBe('');
    expect(misfit({ name: 'country', kind: 'country' }, s.country)).toBe('');
  });
});
