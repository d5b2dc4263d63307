import { describe, expect, it } from 'vitest';
import { currencyDigits, formatBp, formatDecimal, formatMoney, parseDecimal } from './money';

// ICU versions differ in the kind of space they use; compare with plain spaces.
const norm = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const money = (a: string, c: string, l: string) => norm(formatMoney(a, c, l));

describe('formatMoney', () => {
  it('knows the currency exponents', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('formats EUR in four locales', () => {
    expect(money('1234.5', 'EUR', 'en-GB')).toBe('€1,234.50');
    expect(money('1234.5', 'EUR', 'de-DE')).toBe('1.234,50 €');
    expect(money('1234.5', 'EUR', 'es-ES')).toBe('1234,50 €');
    expect(money('1234.5', 'EUR', 'zh-CN')).toBe('€1,234.50');
  });

  it('formats JPY without decimals in four locales', () => {
    expect(money('1234567', 'JPY', 'en-GB')).toBe('JP¥1,234,567');
    expect(money('1234567', 'JPY', 'de-DE')).toBe('1.234.567 ¥');
    expect(money('1234567', 'JPY', 'es-ES')).toBe('1.234.567 JPY');
    expect(money('1234567', 'JPY', 'zh-CN')).toBe('JP¥1,234,567');
  });

  it('formats KWD with three decimals in four locales', () => {
    expect(money('9876.125', 'KWD', 'en-GB')).toBe('KWD 9,876.125');
    expect(money('9876.125', 'KWD', 'de-DE')).toBe('9.876,125 KWD');
    expect(money('9876.125', 'KWD', 'es-ES')).toBe('9876,125 KWD');
    expect(money('9876.125', 'KWD', 'zh-CN')).toBe('KWD 9,876.125');
  });

  it('agrees with Intl for ordinary amounts in every locale', () => {
    for (const locale of ['en-GB', 'de-DE', 'es-ES', 'zh-CN']) {
      for (const [a, c] of [['0.00', 'EUR'], ['-12.34', 'EUR'], ['1000000', 'JPY'], ['-0.125', 'KWD'], ['99999.999', 'KWD']]) {
        const expected = new Intl.NumberFormat(locale, { style: 'currency', currency: c }).format(Number(a));
        expect(formatMoney(a, c, locale)).toBe(expected);
      }
    }
  });

  it('keeps every digit of amounts beyond double precision', () => {
    expect(money('12345678901234567.89', 'EUR', 'de-DE')).toBe('12.345.678.901.234.567,89 €');
    expect(money('-98765432109876543.21', 'EUR', 'en-GB')).toBe('-€98,765,432,109,876,543.21');
    expect(money('9007199254740993', 'JPY', 'zh-CN')).toBe('JP¥9,007,199,254,740,993');
  });

  it('rounds extra digits half away from zero, exactly', () => {
    expect(money('0.125', 'EUR', 'en-GB')).toBe('€0.13');
    expect(money('-0.005', 'EUR', 'en-GB')).toBe('-€0.01');
    expect(money('0.004', 'EUR', 'en-GB')).toBe('€0.00');
    expect(money('2.5', 'JPY', 'en-GB')).toBe('JP¥3');
  });

  it('shows negative zero as zero and handles empty and bad input', () => {
    expect(money('-0.00', 'EUR', 'en-GB')).toBe('€0.00');
    expect(formatMoney(null, 'EUR', 'en-GB')).toBe('');
    expect(formatMoney('abc', 'EUR', 'en-GB')).toBe('abc EUR');
  });
});

describe('decimals', () => {
  it('parses decimal strings', () => {
    expect(parseDecimal('-1.50')).toEqual({ negative: true, int: 1n, frac: '50' });
    expect(parseDecimal('.5')).toEqual({ negative: false, int: 0n, frac: '5' });
    expect(parseDecimal('1e5')).toBeNull();
  });
  it('formats weights and volumes in the locale keeping their digits', () => {
    expect(norm(formatDecimal('1.319', 'de-DE'))).toBe('1,319');
    expect(norm(formatDecimal('1234.500', 'en-GB'))).toBe('1,234.5');
    expect(norm(formatDecimal('0.007914', 'es-ES'))).toBe('0,007914');
  });
});

describe('formatBp', () => {
  it('writes basis points as a percentage with one decimal, none as a dash', () => {
    expect(formatBp(6667, 'en')).toBe('66.7%');
    expect(formatBp(0, 'en')).toBe('0%');
    expect(norm(formatBp(1429, 'de-DE'))).toBe('14,3 %');
    expect(formatBp(null, 'en')).toBe('–');
  });
});
