// The leader's leave queue (LeaveQueuePage): what a request would take from the person's working
// days, and who else is away meanwhile. Pure, so the rules are tested without a browser.
import type { RecordData } from '../../../lib/api/client';
import type { WorkingDay } from './month';

/**
 * The half days of work a leave takes: each working day in its range, the first day only its
 * afternoon when `from_half`, the last only its morning when `to_half` (a day both first and
 * last with either flag: one half day), never more than the day has.
 */
export function halfDaysTaken(leave: RecordData, days: Pick<WorkingDay, 'date' | 'half_days'>[]): number {
  const from = String(leave.date_from);
  const to = String(leave.date_to);
  let total = 0;
  for (const d of days) {
    if (d.date < from || d.date > to) continue;
    const half = (d.date === from && !!leave.from_half) || (d.date === to && !!leave.to_half);
    total += Math.min(d.half_days, half ? 1 : 2);
  }
  return total;
}

/** Other people's requested or approved leave overlapping `leave`'s range (not its own person's). */
export function overlapping(leave: RecordData, others: RecordData[]): RecordData[] {
  return others.filter((o) => o.id !== leave.id && o.owner_id !== leave.owner_id
    && (o.status === 'requested' || o.status === 'approved')
    && String(o.date_from) <= String(leave.date_to) && String(o.date_to) >= String(leave.date_from));
}

/** The window all requests span (the one list read of the others' leave), or null when none. */
export function span(requests: RecordData[]): { from: string; to: string } | null {
  if (requests.length === 0) return null;
  const from = requests.map((r) => String(r.date_from)).sort()[0];
  const to = requests.map((r) => String(r.date_to)).sort().reverse()[0];
  return { from, to };
}

/** The requests waiting for `me`'s decision: requested, not my own, the earliest start first. */
export function toDecide(requests: RecordData[], me: number | undefined): RecordData[] {
  return requests.filter((r) => r.status === 'requested' && r.owner_id !== me)
    .sort((a, b) => String(a.date_from).localeCompare(String(b.date_from)) || a.id - b.id);
}
