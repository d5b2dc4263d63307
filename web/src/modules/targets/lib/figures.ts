// Figures of the targets progress screen: the server's integers (minor units of the plan's
// currency, or counts) and basis points, written in the reader's language.
import type { Schemas } from '../../../lib/api/client';

export type TargetProgress = Schemas['TargetProgress'];
export type PlanProgress = TargetProgress['plans'][number];

/** Minor units as money (EUR 123456 → "€1,234.56"); a count as a whole number. */
export function figure(value: number, currency: string | null | undefined, locale: string): string {
  if (!currency) return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(value / 10 ** digits);
}

/** Basis points as a percentage (the platform's formatBp, under the name this module's pages use). */
export { formatBp as percent } from '../../../lib/format/money';
