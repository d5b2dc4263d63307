// Every code the server may send (server_messages.json, written from the server's catalog and
// checked against it by tests/unit/message_catalog_test.cpp) has its words in each language, with
// the placeholders the server fills.
import { describe, expect, it } from 'vitest';
import server from './server_messages.json';
import { en } from './en';
import { de } from './de';
import { es } from './es';
import { zh } from './zh';

const catalogs = { en, de, es, zh } as Record<string, Record<string, string>>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codes = Object.entries(server as Record<string, string>);

describe('server message codes', () => {
  it('the exported catalog is not empty', () => {
    expect(codes.length).toBeGreaterThan(100);
  });
  for (const [name, cat] of Object.entries(catalogs)) {
    it(`${name} translates every server code with the server's placeholders`, () => {
      const missing = codes.filter(([code]) => !cat[`msg.${code}`]).map(([code]) => code);
      expect(missing).toEqual([]);
      for (const [code, english] of codes) {
        expect(placeholders(cat[`msg.${code}`]), code).toEqual(placeholders(english));
      }
    });
  }
});
