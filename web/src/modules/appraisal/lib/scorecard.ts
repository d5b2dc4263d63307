// The appraisal answers as the screens read them (GET /appraisals/scorecard, /team, /leaderboard)
// and their figures in the reader's language: money rows from minor units of the base currency,
// counts as counts, basis points as percentages, the rating out of 5.
import type { Schemas } from '../../../lib/api/client';
import { formatMoney, formatNumber } from '../../../lib/format/money';

export type ScorecardAnswer = Schemas['AppraisalScorecard'];
export type Figures = Schemas['AppraisalFigures'];
export type Row = Schemas['AppraisalScorecardRow'];
export type Card = Schemas['AppraisalCard'];
export type Team = Schemas['AppraisalTeam'];
export type TeamMember = Schemas['AppraisalTeamMember'];
export type Board = Schemas['AppraisalLeaderboard'];

export type CardState = 'none' | 'draft' | 'rated' | 'signed' | 'acknowledged';

/** The metrics a leaderboard ranks by (the score, then the scored rows' attainments). */
export const METRICS = [
  'score',
  'attainment_revenue',
  'attainment_new_customers',
  'attainment_existing_customer_visits',
  'attainment_outbound_calls',
  'attainment_weekly_orders',
  'attainment_growth',
  'attainment_customers_lost',
  'attainment_report_completion',
  'attainment_conduct',
] as const;

/** The state of a card as the team list names it (the server's rule, for a card read alone). */
export function stateOf(card: Card | null | undefined): CardState {
  if (!card) return 'none';
  if (card.status === 'signed') return card.acknowledged_at ? 'acknowledged' : 'signed';
  return card.conduct_rating ? 'rated' : 'draft';
}

/** Basis points as a percentage with up to two decimals (10920 → "109.2%"); none: a dash. */
export function percent(bp: number | null | undefined, locale: string): string {
  if (bp === null || bp === undefined) return '–';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bp / 10000);
}

/** Minor units of `currency` as money (109200 EUR → "€1,092.00"). */
export function money(minor: number, currency: string, locale: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(minor);
  const units = Math.trunc(abs / 10 ** digits);
  const frac = digits ? '.' + String(abs % 10 ** digits).padStart(digits, '0') : '';
  return formatMoney(`${sign}${units}${frac}`, currency, locale);
}

/** A row's actual or target in its unit. */
export function value(v: number | null | undefined, unit: Row['unit'], currency: string, locale: string): string {
  if (v === null || v === undefined) return '–';
  switch (unit) {
    case 'minor':
      return money(v, currency, locale);
    case 'bp':
      return percent(v, locale);
    case 'rating':
      return `${formatNumber(v, locale)} / 5`;
    default:
      return formatNumber(v, locale);
  }
}

/**
 * Each applicable row's share of the score in bp, w·a′ / Σw over the applicable rows (B-R5),
 * unrounded: the screen shows it to two decimals; the total is the server's one rounding.
 */
export function contributions(rows: Row[]): Map<string, number> {
  const applicable = rows.filter((r) => r.attainment_bp !== null && r.attainment_bp !== undefined);
  const weights = applicable.reduce((s, r) => s + r.weight, 0);
  const out = new Map<string, number>();
  for (const r of applicable) out.set(r.item, weights ? (r.weight * (r.attainment_bp as number)) / weights : 0);
  return out;
}

/** The month before `today`'s (YYYY-MM): the month a card is normally written for. */
export function previousMonth(today: Date): string {
  const y = today.getFullYear();
  const m = today.getMonth(); // 0-based: this is already the previous month's number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, '0')}`;
}

export type RollUp = Schemas['AppraisalRollUp'];
export type TeamMonth = Schemas['AppraisalTeamMonth'];

/** The cards a team has finished for the month: signed, acknowledged or not. */
export function signedCards(t: TeamMonth): number {
  return t.states.signed + t.states.acknowledged;
}

export type History = Schemas['AppraisalHistory'];
export type HistoryMonth = Schemas['AppraisalHistoryMonth'];

/** A month's attainment of one item ("sales_attainment", …); none when it is n/a or absent. */
export function itemAttainment(m: HistoryMonth, item: string): number | null {
  return m.items.find((i) => i.item === item)?.attainment_bp ?? null;
}

/** The width of a score's bar in percent of the column: 120 % (the highest cap) fills it. */
export function barWidth(bp: number | null | undefined): number {
  if (bp === null || bp === undefined || bp <= 0) return 0;
  return Math.min(100, Math.round((bp / 12000) * 1000) / 10);
}
