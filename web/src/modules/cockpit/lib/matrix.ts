// "Team by month" (GET /api/v1/cockpit/matrix): each person's actual of one measure per month
// against their target, the team's sum under them. The answer's shape is the contract's
// (`CockpitMatrix`), with the page's pure rules here: the months' names, the attainment bands,
// the ranges the quick buttons pick and each cell's drill-down to its records.
import type { Schemas } from '../../../lib/api/client';
import { formatBp, formatMinor, formatNumber } from '../../../lib/format/money';

export const MEASURES = ['revenue', 'visits', 'calls', 'orders', 'new_customers'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * The answer: `unit` is the currency of revenue (amounts in its minor units) or "count";
 * `cells` are aligned with `months`; revenue in `other_currencies` is left out, never added.
 */
export type Matrix = Schemas['CockpitMatrix'];
export type MonthState = Matrix['months'][number]['state'];
export type MatrixPerson = Matrix['people'][number];
export type MatrixCell = MatrixPerson['cells'][number];
export type MatrixTotal = MatrixPerson['total'];

// The contract's measures are the page's: a measure added on one side fails the check here.
const sameMeasures: [Measure, Matrix['measure']] extends [Matrix['measure'], Measure] ? true : false = true;
void sameMeasures;

export function isMeasure(x: unknown): x is Measure {
  return typeof x === 'string' && (MEASURES as readonly string[]).includes(x);
}

/** The span the server accepts at most, in months. */
export const MAX_MONTHS = 36;

// ---- Months ("YYYY-MM") ----

const MONTH = /^(\d{4})-(\d{2})$/;

export function isMonth(x: unknown): x is string {
  const m = typeof x === 'string' ? MONTH.exec(x) : null;
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function parts(month: string): [number, number] {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return [Number(m[1]), Number(m[2])];
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The month `delta` months after `month` (before, when negative): 2026-01 − 1 → 2025-12. */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + delta;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

/** How many months from `from` to `to`, both counted (0 when `to` is before `from`). */
export function monthSpan(from: string, to: string): number {
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  return Math.max(0, (ty - fy) * 12 + (tm - fm) + 1);
}

/** The number of days in `month`: 28 or 29 for February by the Gregorian leap-year rule. */
export function daysInMonth(month: string): number {
  const [y, m] = parts(month);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The first and last day of `month` as ISO dates. */
export function monthBounds(month: string): { first: string; last: string } {
  return { first: `${month}-01`, last: `${month}-${pad(daysInMonth(month))}` };
}

/** The month of an ISO date ("2026-12-05" → "2026-12"). */
export const monthOf = (date: string) => date.slice(0, 7);

/** A column's heading: the short month name and the year in the reader's language ("Jan 2026"). */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = parts(month);
  return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

// ---- Ranges ----

export const RANGES = ['last12', 'thisYear', 'last36'] as const;
export type RangeKind = (typeof RANGES)[number];

/**
 * The months a quick button picks, given the current month (the answer's `as_of` month): the
 * last 12 or 36 months up to and including it, or this calendar year (the months to come show
 * their targets greyed).
 */
export function quickRange(kind: RangeKind, current: string): { from: string; to: string } {
  if (kind === 'thisYear') {
    const year = current.slice(0, 4);
    return { from: `${year}-01`, to: `${year}-12` };
  }
  return { from: shiftMonth(current, kind === 'last12' ? -11 : -(MAX_MONTHS - 1)), to: current };
}

/** The server's default: the 12 months ending with `to` (the current month when none). */
export function defaultRange(current: string): { from: string; to: string } {
  return quickRange('last12', current);
}

/** Which quick button the range is, if any (to mark it pressed). */
export function rangeKind(from: string, to: string, current: string): RangeKind | null {
  return RANGES.find((k) => {
    const r = quickRange(k, current);
    return r.from === from && r.to === to;
  }) ?? null;
}

// ---- Figures ----

/** An amount in the answer's unit: money from integer minor units, a count as an integer. */
export function figure(value: number, unit: string, locale: string): string {
  return unit === 'count' ? formatNumber(value, locale) : formatMinor(value, unit, locale);
}

export type Band = 'low' | 'near' | 'met';

/** A cell's colour: below 80 % low, from 80 % up to 99.99 % near, from 100 % met; none without a target. */
export function band(bp: number | null | undefined): Band | null {
  if (bp === null || bp === undefined) return null;
  if (bp >= 10000) return 'met';
  if (bp >= 8000) return 'near';
  return 'low';
}

/**
 * Attainment as a percentage with one decimal, cut rather than rounded so a cell below 100 %
 * never reads "100 %" (9999 bp → 99.9 %) and one below 80 % never reads 80 %; none → "–".
 */
export function attainment(bp: number | null | undefined, locale: string): string {
  if (bp === null || bp === undefined) return '–';
  return formatBp(Math.trunc(bp / 10) * 10, locale);
}

// ---- Drill-downs ----

/**
 * The list of the records a cell counts, with the list's own filters: one person's (`owner`) or,
 * for the team row (`owner` null), everyone's the reader may see. Revenue and orders are bounded
 * by the months' first and last days; activities and accounts are listed as the cockpit lists them.
 */
export function drillUrl(measure: Measure, from: string, to: string, owner: number | null): string {
  const q: [string, string][] = owner === null ? [] : [['owner_id', String(owner)]];
  const first = monthBounds(from).first;
  const last = monthBounds(to).last;
  let list: string;
  switch (measure) {
    case 'revenue':
      list = '/invoices';
      q.push(['status', 'posted'], ['invoice_date__gte', first], ['invoice_date__lte', last]);
      break;
    case 'visits':
    case 'calls':
      list = '/activities';
      q.push(['kind', measure === 'visits' ? 'visit' : 'call'], ['status', 'done']);
      break;
    case 'orders':
      list = '/sales-orders';
      q.push(['status', 'confirmed'], ['ordered_on__gte', first], ['ordered_on__lte', last]);
      break;
    case 'new_customers':
      list = '/accounts';
      break;
  }
  // Ids, dates and enum values: nothing needs escaping (as the server's cockpit drills).
  return q.length ? `${list}?${q.map(([k, v]) => `${k}=${v}`).join('&')}` : list;
}

/** One month's cell's drill-down. */
export const cellDrill = (measure: Measure, month: string, owner: number | null) => drillUrl(measure, month, month, owner);
