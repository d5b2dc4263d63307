// The daily report card's and the review queue's logic (docs/activities.md, decision 0054):
// which day's report the rep is offered, the state shown, the figures to show, and the queue's
// missing days grouped per rep. Pure: the pages fetch, these decide.
import type { RecordData } from '../../../lib/api/client';
import { addDays } from '../../../lib/format/company-day';

export type ReportState = 'none' | 'draft' | 'submitted' | 'late' | 'reviewed';

/** The figure fields of a report, in the order the card shows them. */
export const FIGURES = ['calls', 'connected_calls', 'visits', 'meetings', 'new_leads', 'quotes', 'orders', 'orders_amount'] as const;

/** A submitted report that missed noon of the next day is late; reviewed wins over late. */
export function reportState(r: RecordData | null | undefined): ReportState {
  if (!r) return 'none';
  if (r.status === 'reviewed') return 'reviewed';
  if (r.status === 'submitted') return r.on_time ? 'submitted' : 'late';
  return 'draft';
}

/** The hour (0–23) of `now` in the organisation's time zone. */
export function localHour(now: Date, timeZone: string): number {
  const h = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now);
  return Number(h) % 24;
}

/** YYYY-MM-DD one day before (calendar arithmetic, no time zone involved). */
export function previousDay(date: string): string {
  return addDays(date, -1);
}

function isWeekday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/**
 * Yesterday's report is offered while it can still be on time (before noon) when yesterday was
 * a weekday and its report is not submitted; otherwise today's. The server's schedules decide
 * what counts; the card only offers.
 */
export function missingYesterday(today: string, hour: number, yesterday: RecordData | null | undefined): string | null {
  const day = previousDay(today);
  if (hour >= 12 || !isWeekday(day)) return null;
  const state = reportState(yesterday);
  return state === 'none' || state === 'draft' ? day : null;
}

/**
 * The figures the card shows: the report's own once it is submitted (what the rep signed);
 * before that, for today, the live count from /me/today (the server recounts on submission).
 */
export function shownFigures(report: RecordData | null | undefined, live: RecordData | null | undefined, isToday: boolean): RecordData | null {
  if (report && report.status !== 'draft') return report;
  if (isToday && live) return live;
  return report ?? null;
}

export type MissingReport = { owner_id: number; report_date: string; overdue: boolean; draft_id: number | null };

/** The queue's missing days per rep, in the server's order (by rep, oldest day first). */
export function missingByRep(missing: MissingReport[]): { owner_id: number; days: MissingReport[] }[] {
  const out: { owner_id: number; days: MissingReport[] }[] = [];
  for (const m of missing) {
    const last = out[out.length - 1];
    if (last && last.owner_id === m.owner_id) last.days.push(m);
    else out.push({ owner_id: m.owner_id, days: [m] });
  }
  return out;
}
