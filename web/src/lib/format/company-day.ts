// "Today" for the company: the business date in the organisation's time zone (settings.time_zone,
// RULES 0.5), the day the server dates documents by. The browser's zone is not it: at 00:30 in
// Madrid a browser on UTC still has yesterday, and a write-off dated so is refused as before its
// invoice. The zone is read once per page load; every role reads the settings.
import { api, type RecordData } from '../api/client';

let zone: Promise<string> | null = null;

/** The date (YYYY-MM-DD) of instant `at` in `timeZone`. */
export function dayIn(timeZone: string, at: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The organisation's time zone; the browser's when the settings cannot be read (offline). */
export function companyTimeZone(): Promise<string> {
  zone ??= api.get<RecordData>('/api/v1/settings').then(
    (r) => String(r.data.time_zone || 'UTC'),
    () => {
      zone = null; // ask again next time
      return Intl.DateTimeFormat().resolvedOptions().timeZone;
    },
  );
  return zone;
}

/** `day` (YYYY-MM-DD) moved by `days`, in calendar days (UTC arithmetic: no DST jumps). */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The company's business date at `at` (now by default). */
export async function companyToday(at: Date = new Date()): Promise<string> {
  return dayIn(await companyTimeZone(), at);
}
