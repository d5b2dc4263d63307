// The forecast screens' arithmetic, kept out of the components so it is tested (forecast.test.ts):
// periods (a month 2026-12 or a quarter 2026-Q4) and their neighbours, money typed by a person
// into minor units without floating point, who may adjust or withdraw, and the series the
// accuracy and statistical charts draw from the API's answers (docs/forecasts.md).

export type Column = 'closed' | 'commit' | 'best_case' | 'open_pipeline';
export const COLUMNS: Column[] = ['closed', 'commit', 'best_case', 'open_pipeline'];
/** Closed is what was won: never adjusted (RULES D-R3). */
export const ADJUSTABLE: Column[] = ['commit', 'best_case', 'open_pipeline'];
export type Kind = 'month' | 'quarter';

export function kindOf(period: string): Kind {
  return period[5] === 'Q' ? 'quarter' : 'month';
}

/** The period `by` steps away: 2026-12 +1 → 2027-01; 2026-Q4 +1 → 2027-Q1. */
export function shiftPeriod(period: string, by: number): string {
  const year = Number(period.slice(0, 4));
  if (kindOf(period) === 'quarter') {
    const i = year * 4 + Number(period.slice(6)) - 1 + by;
    return `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
  }
  const i = year * 12 + Number(period.slice(5)) - 1 + by;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The same moment seen as the other kind: a month's quarter, a quarter's first month. */
export function asKind(period: string, kind: Kind): string {
  if (kindOf(period) === kind) return period;
  const year = period.slice(0, 4);
  if (kind === 'quarter') return `${year}-Q${Math.floor((Number(period.slice(5)) - 1) / 3) + 1}`;
  return `${year}-${String((Number(period.slice(6)) - 1) * 3 + 1).padStart(2, '0')}`;
}

/**
 * A typed amount ("1234.5", "1234,50") as minor units with `digits` fraction digits, or null when
 * it is not a non-negative decimal with at most that many digits. Exact: no floating point.
 */
export function toMinor(text: string, digits: number): number | null {
  const m = /^\s*(\d+)(?:[.,](\d*))?\s*$/.exec(text);
  if (!m || (m[2] ?? '').length > digits) return null;
  const minor = BigInt(m[1]) * 10n ** BigInt(digits) + BigInt((m[2] ?? '').padEnd(digits, '0') || '0');
  return minor > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(minor);
}

export type Person = { user_id: number; manager_id: number | null; role: string };

/** The server decides; offer what it allows: a leader adjusts their direct reports and themself. */
export function mayAdjust(me: number | null, p: Person): boolean {
  return me !== null && (p.manager_id === me || (p.user_id === me && p.role !== 'rep'));
}

/** An adjustment is withdrawn by its author or the author's direct manager. */
export function mayWithdraw(me: number | null, author: number, people: Person[]): boolean {
  if (me === null) return false;
  return author === me || people.some((p) => p.user_id === author && p.manager_id === me);
}

export type TrendMonth = { month: string; forecast: number | null; raw_forecast: number | null; actual: number };

/** The accuracy chart's series in major units (the chart's axis), months without a snapshot null. */
export function accuracySeries(trend: TrendMonth[], digits: number) {
  const major = (v: number | null) => (v === null ? null : v / 10 ** digits);
  return {
    months: trend.map((m) => m.month),
    forecast: trend.map((m) => major(m.forecast)),
    raw: trend.map((m) => major(m.raw_forecast)),
    actual: trend.map((m) => major(m.actual)),
  };
}

export type Point = { month: string; value: number };
export type Season = { month: number; mean: number; kind: 'peak' | 'off_peak' | 'normal' };
export type Backtest = { holdout_forecast: Point[] };
export type Statistical = {
  history: Point[];
  forecast: Point[];
  season: Season[];
  chosen: 'seasonal_naive' | 'holt_winters';
  backtest: { seasonal_naive: Backtest; holt_winters: Backtest | null };
};
export type Band = { kind: 'peak' | 'off_peak'; from: string; to: string };

/**
 * The statistical chart: one axis of months from the history's first to the forecast's last;
 * actuals, each model's holdout forecast and the chosen model's forecast aligned on it (null where
 * a series has no value), and the runs of peak and off-peak calendar months as shaded bands.
 */
export function statisticalSeries(r: Statistical) {
  const months = [...r.history.map((p) => p.month), ...r.forecast.map((p) => p.month)];
  const on = (points: Point[]) => {
    const by = new Map(points.map((p) => [p.month, p.value]));
    return months.map((m) => by.get(m) ?? null);
  };
  const kindOfMonth = new Map(r.season.map((s) => [s.month, s.kind]));
  const bands: Band[] = [];
  for (const m of months) {
    const kind = kindOfMonth.get(Number(m.slice(5))) ?? 'normal';
    const last = bands[bands.length - 1];
    if (kind === 'normal') continue;
    if (last && last.kind === kind && shiftPeriod(last.to, 1) === m) last.to = m;
    else bands.push({ kind, from: m, to: m });
  }
  return {
    months,
    actual: on(r.history),
    seasonalNaive: on(r.backtest.seasonal_naive.holdout_forecast),
    holtWinters: r.backtest.holt_winters ? on(r.backtest.holt_winters.holdout_forecast) : null,
    forecast: on(r.forecast),
    bands,
  };
}
