import { describe, expect, it } from 'vitest';
import { CONTRACT } from '../api/entities.gen';
import { ENTITIES, type EntityName } from '../entities';
import { CATALOGS, enumLabel, LOCALES, setLocale } from './index.svelte';

// Enum labels are scoped by entity (enum.<entity>.<field>.<value>): a quote's "approved" and an
// approval request's "approved" are different words in some languages. A shared label
// (enum.<field>.<value>) is allowed only for an enum the server really shares: the same field
// with the same values on every entity that has it (units).
const SPECIAL = new Set(['role', 'language', 'locale']); // roles' own keys; languages from Intl
const CODES = new Set(['incoterm', 'sales_unit']); // shown as their codes (EXW, pc)
// Enums shown by a module's own screen rather than the record form (the quote editor's lines).
const SHOWN_ELSEWHERE = ['quote-lines.tax_regime'];

function enumFields() {
  const out: { entity: EntityName; field: string; values: string[] }[] = [];
  for (const e of Object.keys(ENTITIES) as EntityName[]) {
    const shown = new Set(ENTITIES[e].fields.map((f) => f.name));
    for (const f of CONTRACT[e].fields) {
      if (!f.options || SPECIAL.has(f.name) || CODES.has(f.name)) continue;
      if (shown.has(f.name) || SHOWN_ELSEWHERE.includes(`${e}.${f.name}`)) out.push({ entity: e, field: f.name, values: f.options });
    }
  }
  return out;
}
function shared(field: string): boolean {
  const sets = Object.values(CONTRACT).flatMap((c) => c.fields.filter((f) => f.name === field && f.options).map((f) => f.options!.join()));
  return sets.length > 1 && new Set(sets).size === 1;
}

describe('enum labels scoped by entity', () => {
  it.each(LOCALES)('%s: every enum value the UI shows has a label, scoped unless the server shares the enum', (locale) => {
    const cat = CATALOGS[locale];
    const missing: string[] = [];
    for (const { entity, field, values } of enumFields()) {
      for (const v of values) {
        const key = shared(field) ? `enum.${field}.${v}` : `enum.${entity}.${field}.${v}`;
        if (!cat[key]) missing.push(key);
      }
    }
    expect(missing).toEqual([]);
  });

  it('no catalog keeps a shared label for an enum that differs between entities, nor a label for a value the server lacks', () => {
    const wrong: string[] = [];
    for (const key of Object.keys(CATALOGS.en).filter((k) => k.startsWith('enum.'))) {
      const parts = key.split('.');
      if (parts.length === 3) {
        if (!shared(parts[1])) wrong.push(`${key}: ${parts[1]} is not an enum the server shares`);
      } else {
        const [, entity, field, value] = parts;
        const options = CONTRACT[entity as EntityName]?.fields.find((f) => f.name === field)?.options;
        if (!options?.includes(value)) wrong.push(`${key}: not a value of ${entity}.${field}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('picks the entity\'s word, then the shared one, then the code', () => {
    setLocale('en', false);
    expect(enumLabel('status', 'approved', 'quotes')).toBe('Approved');
    expect(enumLabel('status', 'open', 'sales-orders')).toBe('Open');
    expect(enumLabel('action', 'create', 'audit-events')).toBe(CATALOGS.en['enum.audit-events.action.create']);
    expect(enumLabel('action', 'fixed_price', 'pricing-rules')).toBe(CATALOGS.en['enum.pricing-rules.action.fixed_price']);
    expect(enumLabel('unit', 'box', 'quote-lines')).toBe(CATALOGS.en['enum.unit.box']);
    expect(enumLabel('status', 'open', 'quotes')).toBe('open');
    expect(enumLabel('incoterm', 'EXW', 'quotes')).toBe('EXW');
  });
});
