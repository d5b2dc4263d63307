// Every code the server may send (server_messages.json, written from the server's catalog and
// checked against it by tests/unit/message_catalog_test.cpp) has its words in each language, with
// the placeholders the server fills. The words are a chunk per language, loaded lazily: none of
// them is in the catalogs of the first page's script.
import { describe, expect, it } from 'vitest';
import server from './server_messages.json';
import { messages as en } from './server-messages/en';
import { messages as de } from './server-messages/de';
import { messages as es } from './server-messages/es';
import { messages as zh } from './server-messages/zh';
import { CATALOGS, LOCALES } from './index.svelte';

const catalogs = { en, de, es, zh } as Record<string, Record<string, string>>;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const codes = Object.entries(server as Record<string, string>);

describe('server message codes', () => {
  it('the exported catalog is not empty', () => {
    expect(codes.length).toBeGreaterThan(100);
  });
  for (const [name, cat] of Object.entries(catalogs)) {
    it(`${name} translates every server code with the server's placeholders, and nothing else`, () => {
      const missing = codes.filter(([code]) => !cat[`msg.${code}`]).map(([code]) => code);
      expect(missing).toEqual([]);
      for (const [code, english] of codes) {
        expect(placeholders(cat[`msg.${code}`]), code).toEqual(placeholders(english));
      }
      const known = new Set(codes.map(([code]) => `msg.${code}`));
      expect(Object.keys(cat).filter((k) => !known.has(k))).toEqual([]);
    });
  }

  it('no catalog of the first page holds a server message (they load per language)', () => {
    for (const l of LOCALES) expect(Object.keys(CATALOGS[l]).filter((k) => k.startsWith('msg.')), l).toEqual([]);
  });
});
