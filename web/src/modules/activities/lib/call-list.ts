// Call lists (decision 0057): the words a call list's progress and figures are shown in.
import type { RecordData, Schemas } from '../../../lib/api/client';

export const CALL_OUTCOMES = ['reached', 'no_answer', 'voicemail', 'busy', 'wrong_number'] as const;
export const CALL_SOURCES = ['accounts', 'contacts', 'leads'];

/** "12 of 40": the entry being worked (1-based) and the list's size. */
export function progressOf(list: RecordData): { at: number; total: number } {
  const n = (f: string) => Number(list[f] ?? 0);
  const total = n('entries_total');
  return { at: Math.min(n('entries_done') + n('entries_skipped') + 1, total), total };
}

/** Calls per hour kept in hundredths by the server (286 → "2.86"). */
export function callsPerHour(centi: number | null | undefined, locale: string): string {
  if (centi === null || centi === undefined) return '–';
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(centi / 100);
}

/** A phone number as a tel: link (spaces and dashes dropped). */
export function telHref(phone: unknown): string {
  return `tel:${String(phone ?? '').replace(/[^+\d]/g, '')}`;
}

/** Entries neither called nor skipped (a list closed by hand keeps them, never called). */
export function remainingOf(list: RecordData): number {
  const n = (f: string) => Number(list[f] ?? 0);
  return Math.max(n('entries_total') - n('entries_done') - n('entries_skipped'), 0);
}

/** open; worked through (closed with nothing left); or closed by hand with entries left. */
export type ListState = 'open' | 'done' | 'closed';
export function listState(list: RecordData): ListState {
  if (list.status !== 'closed') return 'open';
  return remainingOf(list) > 0 ? 'closed' : 'done';
}

/** The If-Match of a list as read: its version, quoted (the ETag the server gives). */
export function listIfMatch(list: RecordData): string {
  return `"${list.version}"`;
}

/** People a leader may offer a list to: everyone listed but its owner (the server decides the rest). */
export function handOverChoices<T extends { id: number }>(people: T[], list: RecordData): T[] {
  return people.filter((u) => u.id !== Number(list.owner_id));
}

/** A hand-over's problem in the server's words: its message on owner_id when it names that field. */
export function ownerProblem(e: unknown, fallback: (e: unknown) => string): string {
  const fields = (e as { fieldErrors?: Record<string, string> } | null)?.fieldErrors;
  return fields?.owner_id || fallback(e);
}

/** A rebuild's answer (POST /call-lists/{id}/rebuild): the list as it is now and what changed. */
export type RebuiltList = Omit<Schemas['RebuiltCallList'], 'list'> & { list: RecordData };
type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * What a rebuild did, in words: read from the view, or (its view deleted) from the query the
 * list was last built with, or from the list's own query when it was built without a view; the
 * counts or "no change"; and that the list is closed when nothing is left to call.
 */
export function rebuildNote(r: RebuiltList, t: Translate): string {
  const [counted, same] = r.from_view ? ['callList.rebuilt', 'callList.rebuiltSame']
    : r.list.source_view_id != null ? ['callList.rebuiltViewGone', 'callList.rebuiltViewGoneSame']
      : ['callList.rebuiltQuery', 'callList.rebuiltQuerySame'];
  const changed = r.added + r.dropped + r.refreshed > 0;
  const note = changed ? t(counted, { added: r.added, dropped: r.dropped, refreshed: r.refreshed }) : t(same);
  return r.list.status === 'closed' ? t('callList.rebuiltClosed', { note }) : note;
}
