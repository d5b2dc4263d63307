import { describe, expect, it } from 'vitest';
import { en } from './en';
import { de } from './de';
import { es } from './es';
import { zh } from './zh';

const catalogs = { de, es, zh } as Record<string, Record<string, string>>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n catalogs', () => {
  for (const [name, cat] of Object.entries(catalogs)) {
    it(`${name} has every key of en and no others`, () => {
      expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
    });
    it(`${name} has no empty strings and the same placeholders as en`, () => {
      for (const [k, v] of Object.entries(en)) {
        expect(cat[k], k).toBeTruthy();
        expect(placeholders(cat[k]), k).toEqual(placeholders(v));
      }
    });
  }
});
