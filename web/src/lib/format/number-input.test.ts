import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, numberExample, parseLocaleNumber, separators } from './number-input';
import { INTL_TAG } from '../i18n/index.svelte';

const de = INTL_TAG.de;
const es = INTL_TAG.es;
const en = INTL_TAG.en;
const zh = INTL_TAG.zh;

describe('separators', () => {
  it('come from Intl for each UI locale', () => {
    expect(separators(de)).toEqual({ decimal: ',', group: '.' });
    expect(separators(es)).toEqual({ decimal: ',', group: '.' });
    expect(separators(en)).toEqual({ decimal: '.', group: ',' });
    expect(separators(zh)).toEqual({ decimal: '.', group: ',' });
  });
});

describe('parseLocaleNumber', () => {
  const cases: Array<[string, string, string | null]> = [
    // the locale's own format
    [de, '12,5', '12.5'], [es, '12,5', '12.5'], [en, '12.5', '12.5'], [zh, '12.5', '12.5'],
    [de, '1.234,5', '1234.5'], [es, '1.234,5', '1234.5'], [en, '1,234.5', '1234.5'], [zh, '1,234.5', '1234.5'],
    [de, '1.234.567,25', '1234567.25'], [en, '1,234,567.25', '1234567.25'],
    // only the group mark, grouping by three: thousands (the locale's reading of the ambiguous case)
    [de, '1.234', '1234'], [es, '1.234', '1234'], [en, '1,234', '1234'], [zh, '1,234', '1234'],
    [de, '1.234.567', '1234567'],
    // only the other mark, not grouping by three: the other keyboard's decimal
    [de, '12.5', '12.5'], [es, '0.75', '0.75'], [en, '12,5', '12.5'], [zh, '12,5', '12.5'],
    // both marks: the last one is the decimal, in any locale
    [en, '1.234,5', '1234.5'], [de, '1,234.5', '1234.5'],
    // spaces, signs, zeros, digits kept as typed
    [de, ' 1 234,50 ', '1234.50'], [zh, '1\u202f234.5', '1234.5'], [de, '-12,5', '-12.5'], [de, '\u221212,5', '-12.5'],
    [en, '+3', '3'], [en, '007', '7'], [de, ',5', '0.5'], [de, '5,', '5'], [en, '-0', '0'], [en, '', ''], [de, '   ', ''],
    // not numbers
    [de, '12,5,1', null], [en, '1.2.3', null], [de, '1,23.456,7', null], [en, '12a', null], [en, '1e3', null],
    [de, ',', null], [en, '-', null], [de, '1.23,5', null], [en, '12,34,5', null],
  ];
  for (const [locale, text, want] of cases) {
    it(`${locale}: ${JSON.stringify(text)} → ${JSON.stringify(want)}`, () => {
      expect(parseLocaleNumber(text, locale)).toBe(want);
    });
  }
});

describe('formatLocaleNumber', () => {
  it('writes decimal strings in the locale, keeping their digits', () => {
    expect(formatLocaleNumber('12.5', de)).toBe('12,5');
    expect(formatLocaleNumber('1234.5', de)).toBe('1.234,5');
    expect(formatLocaleNumber('1234.5', en)).toBe('1,234.5');
    expect(formatLocaleNumber('1234567.125', zh)).toBe('1,234,567.125');
    expect(formatLocaleNumber('-0.25', es)).toBe('-0,25');
    expect(formatLocaleNumber('10', de)).toBe('10');
    expect(formatLocaleNumber('1234.50', en)).toBe('1,234.50');
    expect(formatLocaleNumber('0.10', de)).toBe('0,10');
  });
  it('round-trips through the parser in every locale', () => {
    for (const locale of [de, es, en, zh]) {
      for (const v of ['12.5', '1234.5', '1234567.25', '0.125', '-42', '99999']) {
        expect(parseLocaleNumber(formatLocaleNumber(v, locale), locale), `${locale} ${v}`).toBe(v);
      }
    }
  });
  it('leaves text that is not a decimal string alone', () => {
    expect(formatLocaleNumber('', de)).toBe('');
    expect(formatLocaleNumber('abc', de)).toBe('abc');
  });
  it('gives an example for messages', () => {
    expect(numberExample(de)).toBe('1.234,5');
    expect(numberExample(en)).toBe('1,234.5');
  });
});
