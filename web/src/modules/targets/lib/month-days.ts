// A plan's month, day by day, from the maintained daily actuals (GET /daily-actuals, decision
// 0078): every day of the period with what counted on it, so "this month" opens onto its days.

export type DailyActual = { day: string; unit: string; amount: number };
export type DayFigure = { date: string; amount: number };

/** The unit a plan's rows are in: its currency for money, "count" otherwise. */
export function unitOf(currency: string | null | undefined): string {
  return currency ? currency : 'count';
}

/** Every date from `from` to `to` (ISO, inclusive) with the rows of `unit` added per day; days
 *  without a row read 0, rows of another unit (an invoice in another currency) are left out. */
export function monthDays(from: string, to: string, rows: DailyActual[], unit: string): DayFigure[] {
  const byDay = new Map<string, number>();
  for (const r of rows) {
    if (r.unit !== unit) continue;
    byDay.set(r.day, (byDay.get(r.day) ?? 0) + r.amount);
  }
  const out: DayFigure[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    out.push({ date, amount: byDay.get(date) ?? 0 });
  }
  return out;
}

/** A bar's height in percent of the period's best day (credit notes below zero draw none). */
export function barHeight(amount: number, days: DayFigure[]): number {
  const best = Math.max(0, ...days.map((d) => d.amount));
  return best > 0 && amount > 0 ? Math.max(4, Math.round((amount / best) * 100)) : 0;
}
