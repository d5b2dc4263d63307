// The cockpit's answer (GET /api/v1/cockpit, docs/cockpit.md) as the page reads it, and its
// figures written in the reader's language: money from integer minor units, ratios from basis
// points. The contract describes the sections only as objects, so their shape is written here.
import { formatMinor, formatNumber } from '../../../lib/format/money';

export type Figure = { target: number; actual: number; attainment_bp: number | null; target_to_date?: number };
export type PlanLine = {
  plan_id: number;
  measure: string;
  currency: string | null;
  periods: Record<string, Figure>;
  pace: { month: { per_day: number | null }; year: { per_day: number | null } };
  drill: string;
};
export type TeamLine = {
  measure: string;
  currency: string | null;
  people: number;
  periods: Record<string, Figure>;
  pace: { month_per_day: number | null; year_per_day: number | null };
  drill: string;
};
export type PersonPlans = { user_id: number; name: string; role: string; plans: PlanLine[] };
export type Targets = { team: TeamLine[]; people: PersonPlans[] };
export type Sum = { count: number; amount: number; unconverted: { currency: string; amount: number }[]; drill?: string };
export type Owed = { currency: string; not_due: number; days_1_30: number; days_31_60: number; days_61_90: number; over_90: number; open: number; overdue: number };
export type Leak = { invoices: number; list: number; net: number; given: number; given_bp: number | null };
export type Cockpit = {
  period: string;
  as_of: string;
  scope: 'team' | 'me';
  people: { user_id: number; name: string; role: string }[];
  attainment: Targets;
  activity: Targets;
  pipeline: {
    currency: string;
    by_category: (Sum & { category: string; drill: string })[];
    win_rate: { days: number; won: Sum; lost: Sum; count_bp: number | null; amount_bp: number | null; drill: string };
  };
  receivables: { by_currency: Owed[]; people: { user_id: number; name: string; by_currency: Owed[]; drill: string }[]; drill: string };
  discount_leakage: Leak & { currency: string; drill: string; people: (Leak & { user_id: number; name: string; drill: string })[] };
  customers: { new: number; lost: number; drill_new: string; drill_lost: string; people: { user_id: number; name: string; new: number | null; lost: number | null; drill_new: string; drill_lost: string }[] };
  absent: { figure: string; reason: string }[];
};

export const BUCKETS = ['not_due', 'days_1_30', 'days_31_60', 'days_61_90', 'over_90'] as const;

/** Integer minor units as money, exactly (the platform's formatMinor). */
export const money = formatMinor;

/** A plan's figure: money in its currency, else a count. */
export function amount(value: number, currency: string | null, locale: string): string {
  return currency ? money(value, currency, locale) : formatNumber(value, locale);
}

/** Basis points as a percentage (the platform's formatBp, under the name this module's pages use). */
export { formatBp as percent } from '../../../lib/format/money';
