// The week page's logic (docs/mail.md "A week"): the server's answer of GET /api/v1/calendar/week
// laid out as seven company days (Monday to Sunday), each with its timed visits, meetings and calls
// and its tasks due; who a leader may pick (their teams and those teams' people); the feed URL.
import { addDays, dayIn } from '../../../lib/format/company-day';

type Row = Record<string, unknown>;
export type WeekAnswer = { from: string; to: string; people: { user_id: number; name: string; activities: Row[]; tasks: Row[] }[] };

export type WeekItem = {
  type: 'activity' | 'task';
  id: number;
  /** The record's page. */
  href: string;
  title: string;
  /** visit, meeting, call (an activity's kind); 'task' for a task. */
  kind: string;
  status: string;
  /** HH:MM in the company's zone; '' for a task (all day). */
  time: string;
  /** Whose item it is (a team's week names each person). */
  person: string;
  userId: number;
};
export type WeekDay = { date: string; items: WeekItem[] };

/** The Monday (YYYY-MM-DD) of the ISO week holding `day`. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** HH:MM of instant `iso` in `timeZone`. */
export function timeIn(timeZone: string, iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('hour')}:${part('minute')}`;
}

/**
 * The seven days from the answer's Monday, each with its items: activities on the company day of
 * their `planned_at` (in `timeZone`) at their time, tasks on their `due_on` first (all day), then
 * by time and title. An item outside the week (the server should send none) is left out.
 */
export function buildWeek(answer: WeekAnswer, timeZone: string): WeekDay[] {
  const days: WeekDay[] = Array.from({ length: 7 }, (_, i) => ({ date: addDays(answer.from, i), items: [] }));
  const byDate = new Map(days.map((d) => [d.date, d]));
  for (const p of answer.people) {
    for (const a of p.activities) {
      if (typeof a.planned_at !== 'string') continue;
      const day = byDate.get(dayIn(timeZone, new Date(a.planned_at)));
      day?.items.push({
        type: 'activity', id: Number(a.id), href: `/activities/${a.id}`, title: String(a.subject ?? ''),
        kind: String(a.kind ?? ''), status: String(a.status ?? ''), time: timeIn(timeZone, a.planned_at),
        person: p.name, userId: p.user_id,
      });
    }
    for (const t of p.tasks) {
      const day = byDate.get(String(t.due_on ?? ''));
      day?.items.push({
        type: 'task', id: Number(t.id), href: `/tasks/${t.id}`, title: String(t.title ?? ''), kind: 'task',
        status: t.done ? 'done' : 'open', time: '', person: p.name, userId: p.user_id,
      });
    }
  }
  for (const d of days) {
    d.items.sort((a, b) => a.time.localeCompare(b.time) || a.title.localeCompare(b.title) || a.id - b.id);
  }
  return days;
}

type Team = { id: number; name: string; parent_id?: number | null; leader_id?: number | null };
type User = { id: number; name: string; team_id?: number | null; active?: boolean };
export const LEADERS = ['manager', 'senior_manager', 'director'] as const;

/**
 * Whose week a leader may open: the director every team and active person; a manager or senior
 * manager the teams they lead and the teams under those, and the active people in them. Others
 * see only their own week (nothing to pick). The server decides in the end (403 otherwise).
 */
export function pickable(role: string | undefined, me: number | undefined, teams: Team[], users: User[]): { teams: Team[]; users: User[] } {
  if (!role || !(LEADERS as readonly string[]).includes(role)) return { teams: [], users: [] };
  let mine: Team[];
  if (role === 'director') {
    mine = teams;
  } else {
    const ids = new Set(teams.filter((t) => t.leader_id === me).map((t) => t.id));
    for (let grew = true; grew;) {
      grew = false;
      for (const t of teams) {
        if (t.parent_id && ids.has(t.parent_id) && !ids.has(t.id)) { ids.add(t.id); grew = true; }
      }
    }
    mine = teams.filter((t) => ids.has(t.id));
  }
  const teamIds = new Set(mine.map((t) => t.id));
  const people = users.filter((u) => u.active !== false && u.id !== me && (role === 'director' || (u.team_id != null && teamIds.has(u.team_id))));
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  return { teams: [...mine].sort(byName), users: [...people].sort(byName) };
}

/** The query of the week's request: `date`, and `user_id=` or `team_id=` from a pick `u:7` / `t:3` ('' = me). */
export function weekQuery(date: string, pick: string): string {
  const q = new URLSearchParams({ date });
  const m = /^([ut]):(\d+)$/.exec(pick);
  if (m) q.set(m[1] === 'u' ? 'user_id' : 'team_id', m[2]);
  return q.toString();
}

/** The feed's absolute URL: the page's origin and the `path` the server answered (with its secret). */
export function feedUrl(origin: string, path: string): string {
  return new URL(path, origin.endsWith('/') ? origin : `${origin}/`).toString();
}
