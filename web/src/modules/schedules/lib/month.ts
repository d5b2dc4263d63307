// Dates of the schedule screens, as the server writes them (YYYY-MM-DD, HH:MM), in the
// browser's local time: a check-in is the time on the person's own clock.
const pad = (n: number) => String(n).padStart(2, '0');

export function today(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
export function nowClock(now = new Date()): string {
  return `${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
/** "2026-12" of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}
/** First and last day of a month "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${pad(last)}` };
}
/** Every date of a month "YYYY-MM". */
export function monthDays(month: string): string[] {
  const { to } = monthRange(month);
  const n = Number(to.slice(8));
  return Array.from({ length: n }, (_, i) => `${month}-${pad(i + 1)}`);
}

export type WorkingDay = { date: string; half_days: number; fraction: string; reason: string | null; detail: string | null };
export type WorkingDays = { user_id: number; from: string; to: string; total_half_days: number; working_days: string; days: WorkingDay[] };

/** The short mark of a day in the team grid: a shift's initials, or why the person is away. */
export function cellMark(day: WorkingDay | undefined, shiftName: string | undefined, dayOff: boolean): string {
  if (!day) return '';
  if (day.reason === 'holiday' && day.half_days === 0) return 'H';
  if (day.reason === 'leave' && day.half_days === 0) return 'L';
  if (day.reason === 'weekend') return '';
  if (dayOff || day.reason === 'rota_off') return '–';
  const initials = (shiftName ?? '').split(/\s+/).filter(Boolean).map((w) => w[0]!.toUpperCase()).join('').slice(0, 2);
  const mark = initials || '•';
  return day.half_days === 1 ? `${mark}½` : mark;
}
