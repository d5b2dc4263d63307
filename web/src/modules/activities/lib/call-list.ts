// Call lists (decision 0057): the words a call list's progress and figures are shown in.
import type { RecordData } from '../../../lib/api/client';

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
