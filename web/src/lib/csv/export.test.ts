import { describe, expect, it } from 'vitest';
import { csvCell, fetchAllPages, neutralise, toCsv } from './export';

describe('spreadsheet formula neutralisation (G11)', () => {
  it.each(['=SUM(A1)', '+1', '-2+3', '@cmd', '\tx', '\rx', '\0x'])('prefixes %j with an apostrophe', (v) => {
    expect(neutralise(v)).toBe(`'${v}`);
  });
  it('leaves ordinary values alone', () => {
    expect(neutralise('Müller GmbH')).toBe('Müller GmbH');
    expect(neutralise('a=b')).toBe('a=b');
    expect(neutralise('')).toBe('');
  });
  it('quotes a neutralised cell that also needs quoting', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('-1,5')).toBe('"\'-1,5"');
  });
  it('keeps numbers as numbers', () => {
    expect(csvCell(-5)).toBe('-5');
  });
});

describe('toCsv', () => {
  it('writes a header, CRLF lines and escapes quotes, commas and newlines', () => {
    const csv = toCsv(['Name', 'City'], [['Acme, Inc.', 'Berlin'], ['Say "hi"', 'line1\nline2'], [null, undefined]]);
    expect(csv).toBe('Name,City\r\n"Acme, Inc.",Berlin\r\n"Say ""hi""","line1\nline2"\r\n,\r\n');
  });
});

describe('fetchAllPages', () => {
  it('reads page after page until the total', async () => {
    const data = Array.from({ length: 1234 }, (_, i) => i);
    const calls: Array<[number, number]> = [];
    const r = await fetchAllPages(async (offset, limit) => {
      calls.push([offset, limit]);
      return { items: data.slice(offset, offset + limit), total: data.length };
    }, 500);
    expect(r.items).toEqual(data);
    expect(r.truncated).toBe(false);
    expect(calls).toEqual([[0, 500], [500, 500], [1000, 500]]);
  });
  it('stops at the maximum and says so', async () => {
    const r = await fetchAllPages(async (offset, limit) => ({ items: Array(limit).fill(offset), total: 10_000 }), 500, 1000);
    expect(r.items.length).toBe(1000);
    expect(r.truncated).toBe(true);
  });
});
