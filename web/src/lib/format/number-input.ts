// Numbers typed in the person's locale ↔ the decimal strings the API takes ("12.5").
// de/es write "1.234,5", en and zh "1,234.5". Rules for what is typed (number-input.test.ts):
// - both "." and "," present: the last one is the decimal mark, the other groups thousands
//   ("1.234,5" and "1,234.5" read the same in every locale);
// - only the locale's decimal mark: a decimal ("12,5" in de);
// - only the locale's group mark: thousands when it groups by three ("1.234" in de = 1234),
//   otherwise, once, a decimal typed with the other keyboard's mark ("12.5" in de = 12.5);
// - spaces (also no-break and narrow no-break, zh/fr style) and a leading + are ignored, a
//   leading - or − is the sign; anything else is not a number.
import { formatDecimal } from './money';

export type Separators = { decimal: string; group: string };

const sepCache = new Map<string, Separators>();

/** The locale's decimal and group marks, from Intl. */
export function separators(locale: string): Separators {
  let s = sepCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    const group = parts.find((p) => p.type === 'group')?.value ?? (decimal === ',' ? '.' : ',');
    s = { decimal, group };
    sepCache.set(locale, s);
  }
  return s;
}

const groupedBy3 = (s: string, mark: string) => new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(s);

/**
 * The decimal string ("-1234.5") for what was typed in `locale`, '' for an empty input, or null
 * when it is not a number. Digits are kept as typed (no rounding, trailing zeros stay).
 */
export function parseLocaleNumber(text: string, locale: string): string | null {
  let s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return '';
  let sign = '';
  if (/^[-\u2212]/.test(s)) { sign = '-'; s = s.slice(1); } else if (s.startsWith('+')) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let int: string;
  let frac = '';
  if (dots && commas) {
    const mark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const other = mark === '.' ? ',' : '.';
    const at = s.lastIndexOf(mark);
    if ((mark === '.' ? dots : commas) !== 1) return null;
    int = s.slice(0, at);
    frac = s.slice(at + 1);
    if (!groupedBy3(int, other)) return null;
    int = int.split(other).join('');
  } else if (dots || commas) {
    const mark = dots ? '.' : ',';
    const count = dots || commas;
    const { decimal } = separators(locale);
    if (mark === decimal || (decimal !== '.' && decimal !== ',')) {
      if (count !== 1) return null;
      [int, frac] = s.split(mark);
    } else if (groupedBy3(s, mark)) {
      int = s.split(mark).join('');
    } else if (count === 1) {
      [int, frac] = s.split(mark);
    } else return null;
  } else int = s;
  if (!/^\d*$/.test(int) || !/^\d*$/.test(frac) || (int === '' && frac === '')) return null;
  int = int.replace(/^0+(?=\d)/, '') || '0';
  const out = frac ? `${int}.${frac}` : int;
  return sign && /[1-9]/.test(out) ? `-${out}` : out;
}

/**
 * A decimal string as the locale writes it ("1234.50" → "1.234,50" in de), every digit kept;
 * other text unchanged.
 */
export function formatLocaleNumber(value: string, locale: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  return `${m[1]}${formatDecimal(m[2], locale)}${m[3] ? separators(locale).decimal + m[3] : ''}`;
}

/** An example of the locale's number format, for messages ("1.234,5"). */
export function numberExample(locale: string): string {
  return formatDecimal('1234.5', locale);
}
