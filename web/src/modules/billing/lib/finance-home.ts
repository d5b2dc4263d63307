// The finance home's arithmetic and queries, kept pure so they are tested without a browser:
// the ageing row's buckets and overdue (exact: decimal strings through BigInt minor units, one
// currency at a time, never a float and never two currencies added), the days the promise and
// dunning cards ask for, and which payments still have something to apply.
import type { Money } from '../../../lib/api/client';
import { addDays } from '../../../lib/format/company-day';

export type AgeingRow = {
  group_id: number | null;
  currency: string;
  not_due: Money;
  d0_30: Money;
  d31_60: Money;
  d61_90: Money;
  over_90: Money;
  open: Money;
  unapplied: Money;
  carrying_base: Money;
  unapplied_base: Money;
};
export type Ageing = { as_of: string; group: string; base_currency: string; rows: AgeingRow[] };

export const BUCKETS = ['not_due', 'd0_30', 'd31_60', 'd61_90', 'over_90'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** "1234.5" → 123450n at 2 digits; the server sends the currency's digits, more are an error. */
export function toMinor(amount: string, digits: number): bigint {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!m) throw new Error(`not a decimal amount: ${amount}`);
  const frac = m[3] ?? '';
  if (frac.length > digits) throw new Error(`${amount} has more than ${digits} fraction digits`);
  const v = BigInt(m[2] + frac.padEnd(digits, '0'));
  return m[1] ? -v : v;
}

/** 123450n at 2 digits → "1234.50". */
export function fromMinor(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const s = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const text = digits ? `${s.slice(0, -digits)}.${s.slice(-digits)}` : s;
  return negative ? `-${text}` : text;
}

const digitsOf = (m: Money) => (m.amount.split('.')[1] ?? '').length;

/** a − b in their one currency, exactly (the cockpit's overdue: open − not due). */
export function subtract(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`${a.currency} and ${b.currency} are never added`);
  const digits = Math.max(digitsOf(a), digitsOf(b));
  return { amount: fromMinor(toMinor(a.amount, digits) - toMinor(b.amount, digits), digits), currency: a.currency };
}

/** Σ amounts of one currency, exactly; none → 0 in `currency` at its `digits`. */
export function sum(ms: Money[], currency: string, digits: number): Money {
  let total = 0n;
  for (const m of ms) {
    if (m.currency !== currency) throw new Error(`${m.currency} and ${currency} are never added`);
    total += toMinor(m.amount, digits);
  }
  return { amount: fromMinor(total, digits), currency };
}

/** Overdue = everything open that is not "not due" yet (due today is in 0–30, as the ageing says). */
export const overdueOf = (row: AgeingRow): Money => subtract(row.open, row.not_due);

/** The company currency's row first, then the others by code (each shown on its own). */
export function rowsBaseFirst(ageing: Ageing): AgeingRow[] {
  const base = ageing.base_currency;
  return [...ageing.rows].sort((a, b) => (a.currency === base ? -1 : b.currency === base ? 1 : a.currency.localeCompare(b.currency)));
}

/** The row's buckets in order, for the table and the chart (the chart takes minor units). */
export function bucketRows(row: AgeingRow): { bucket: Bucket; money: Money; minor: bigint }[] {
  return BUCKETS.map((bucket) => {
    const money = row[bucket];
    return { bucket, money, minor: toMinor(money.amount, digitsOf(money)) };
  });
}


/**
 * The promise card's two list queries on `today`: open promises due within 7 days or overdue
 * (promised on or before today + 7), and the broken ones found in the last 30 days (the daily
 * job marks a promise broken the day after its promised day and stores that day as evaluated_on).
 */
export function promiseQueries(today: string): { due: string; broken: string } {
  return {
    due: `status=open&promised_on__lte=${addDays(today, 7)}&sort=promised_on&limit=20`,
    broken: `status=broken&evaluated_on__gte=${addDays(today, -30)}&sort=-evaluated_on&limit=20`,
  };
}

/** Whether an open promise's day has passed (it is overdue; the job marks it broken tomorrow). */
export const promiseOverdue = (promisedOn: string, today: string) => promisedOn < today;

/**
 * The unapplied card's query: payments by unapplied amount, largest first, so every payment with
 * something left comes before those with nothing (the list has no filter on money fields).
 */
export const UNAPPLIED_QUERY = 'sort=-unapplied&limit=100';

/** The payments of a page that still hold an unapplied amount (> 0), in the page's order. */
export function withUnapplied<T extends Record<string, unknown>>(items: T[]): T[] {
  return items.filter((p) => {
    const m = p.unapplied as Money | null | undefined;
    return !!m && toMinor(m.amount, digitsOf(m)) > 0n;
  });
}
