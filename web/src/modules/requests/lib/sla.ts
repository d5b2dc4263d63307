// Where a customer request stands against its 24-hour answer time (the SLA): the server decides
// `status`, `due_at` and `answered_on_time`; the web only adds whether an open one is overdue now.
export type SlaState = 'open' | 'overdue' | 'on_time' | 'late';

/** A request as the API answers it (fields read: status, due_at, answered_on_time). */
type RequestLike = Readonly<Record<string, unknown>>;

/** An open request whose due time has passed (a due time the UI cannot read is not overdue). */
export function isOverdue(r: RequestLike, now: number = Date.now()): boolean {
  if (r.status !== 'open' || typeof r.due_at !== 'string') return false;
  const due = Date.parse(r.due_at);
  return !Number.isNaN(due) && due < now;
}

/** Open (still in time), overdue, or answered on time or late (as the server judged it). */
export function slaState(r: RequestLike, now: number = Date.now()): SlaState {
  if (r.status === 'answered') return r.answered_on_time === false ? 'late' : 'on_time';
  return isOverdue(r, now) ? 'overdue' : 'open';
}
