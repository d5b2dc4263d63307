// Numbers, dates and money with Intl in the chosen locale. Money keeps its own currency and is
// formatted from the decimal string the server sends, without going through floating point:
// the integer part is formatted as a BigInt and the fraction digits are spliced in.

const nfCache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = nfCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    nfCache.set(key, f);
  }
  return f;
}

/** ISO 4217 minor-unit digits as Intl knows them (JPY 0, EUR 2, KWD 3). */
export function currencyDigits(currency: string): number {
  try {
    return nf('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

type Decimal = { negative: boolean; int: bigint; frac: string };

/** Parses "-1234.5" into sign, integer part and fraction digits; null when not a decimal. */
export function parseDecimal(text: string): Decimal | null {
  const m = /^\s*([+-])?(\d*)(?:\.(\d*))?\s*$/.exec(text);
  if (!m || (!m[2] && !m[3])) return null;
  return { negative: m[1] === '-', int: BigInt(m[2] || '0'), frac: m[3] ?? '' };
}

/** Rounds the fraction to `digits` places, half away from zero, exactly. */
function roundTo(d: Decimal, digits: number): Decimal {
  if (d.frac.length <= digits) return { ...d, frac: d.frac.padEnd(digits, '0') };
  const scale = 10n ** BigInt(digits);
  let scaled = d.int * scale + BigInt(d.frac.slice(0, digits) || '0');
  if (Number(d.frac[digits]) >= 5) scaled += 1n;
  const int = scaled / scale;
  const frac = digits ? (scaled % scale).toString().padStart(digits, '0') : '';
  return { negative: d.negative, int, frac };
}

/** Formats a decimal string exactly with a NumberFormat, `digits` fraction digits. */
function formatExact(f: Intl.NumberFormat, d: Decimal, digits: number): string {
  const r = roundTo(d, digits);
  const isZero = r.int === 0n && !/[1-9]/.test(r.frac);
  const negative = r.negative && !isZero;
  // Format a stand-in with the right sign, then put the exact digits in place.
  const probe = negative ? -(r.int === 0n ? 1n : r.int) : r.int;
  const parts = f.formatToParts(probe as unknown as number);
  let intDone = false;
  let out = '';
  const groups = f.formatToParts(r.int as unknown as number).filter((p) => p.type === 'integer' || p.type === 'group');
  for (const p of parts) {
    if (p.type === 'integer' || p.type === 'group') {
      if (!intDone) {
        out += groups.map((g) => g.value).join('');
        intDone = true;
      }
      continue;
    }
    if (p.type === 'fraction') {
      out += r.frac;
      continue;
    }
    out += p.value;
  }
  return out;
}

/** "1234.50" EUR in de → "1.234,50 €". Unknown currency codes fall back to "1234.50 XYZ". */
export function formatMoney(amount: string | number | null | undefined, currency: string, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return '';
  const d = parseDecimal(String(amount));
  if (!d) return `${amount} ${currency}`;
  let f: Intl.NumberFormat;
  try {
    f = nf(locale, { style: 'currency', currency, currencyDisplay: 'symbol' });
  } catch {
    return `${amount} ${currency}`;
  }
  const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
  return formatExact(f, d, digits);
}

/** Integer minor units as money, exactly (no float division): EUR 123456 → "€1,234.56". */
export function formatMinor(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const s = String(Math.abs(minor)).padStart(digits + 1, '0');
  const text = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return formatMoney(sign + text, currency, locale);
}

/** A decimal string or number in the locale, keeping the digits it has (up to `maxDigits`). */
export function formatDecimal(value: string | number | null | undefined, locale: string, maxDigits = 6): string {
  if (value === null || value === undefined || value === '') return '';
  const d = parseDecimal(String(value));
  if (!d) return String(value);
  const frac = d.frac.replace(/0+$/, '');
  const digits = Math.min(frac.length, maxDigits);
  const f = nf(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return formatExact(f, d, digits);
}

export function formatNumber(n: number, locale: string): string {
  return nf(locale, {}).format(n);
}

export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(t);
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  // A calendar date ("2026-07-15") is the same day everywhere: format it in UTC.
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: dateOnly ? 'UTC' : undefined }).format(t);
}

/** "3 minutes ago" style, falling back to the date after a week. */
export function formatRelative(iso: string | null | undefined, locale: string, now = Date.now()): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const s = Math.round((t - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const a = Math.abs(s);
  if (a < 60) return rtf.format(s, 'second');
  if (a < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (a < 86400) return rtf.format(Math.round(s / 3600), 'hour');
  if (a < 7 * 86400) return rtf.format(Math.round(s / 86400), 'day');
  return formatDate(iso, locale);
}

/** Basis points as a percentage with one decimal (6667 → "66.7%" in English); none → "–". */
export function formatBp(bp: number | null | undefined, locale: string): string {
  if (bp === null || bp === undefined) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(bp / 10000);
}
