import { describe, expect, it } from 'vitest';
import { en } from './en';
import { de } from './de';
import { es } from './es';
import { zh } from './zh';
import { MODULES } from '../../modules';

// The platform's catalogs and every installed module's (src/modules/<m>/i18n/), each checked on
// its own: a module's de/es/zh have exactly its en keys.
const sets: [string, Record<string, Record<string, string>>][] = [
  ['platform', { en, de, es, zh }],
  ...MODULES.map((m): [string, Record<string, Record<string, string>>] => [m.name, m.messages ?? { en: {}, de: {}, es: {}, zh: {} }]),
];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(sets)('i18n catalogs of %s', (_, cats) => {
  const base = cats.en;
  for (const name of ['de', 'es', 'zh']) {
    const cat = cats[name];
    it(`${name} has every key of en and no others`, () => {
      expect(cat, `${name} catalog`).toBeDefined();
      expect(Object.keys(cat).sort()).toEqual(Object.keys(base).sort());
    });
    it(`${name} has no empty strings and the same placeholders as en`, () => {
      for (const [k, v] of Object.entries(base)) {
        expect(cat[k], k).toBeTruthy();
        expect(placeholders(cat[k]), k).toEqual(placeholders(v));
      }
    });
  }
});

describe('i18n keys across catalogs', () => {
  it('no key is defined by two catalogs (a module would silently override another\'s word)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, cats] of sets) {
      for (const k of Object.keys(cats.en)) {
        if (owner.has(k)) clashes.push(`${k}: ${owner.get(k)} and ${name}`);
        owner.set(k, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
