import { describe, expect, it, vi } from 'vitest';
// company-day imports the API client, which reads the page's location.
vi.hoisted(() => Object.assign(globalThis, { location: { pathname: '/', search: '', origin: 'http://localhost' } }));
import { buildWeek, feedUrl, mondayOf, pickable, timeIn, weekQuery, type WeekAnswer } from './week';

describe('mondayOf', () => {
  it('finds the Monday of the ISO week of any day', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30'); // Thursday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30'); // Monday itself
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // Sunday belongs to the week before it
    expect(mondayOf('2027-01-01')).toBe('2026-12-28'); // across the year
    expect(mondayOf('2026-03-29')).toBe('2026-03-23'); // the DST Sunday in Europe
  });
});

describe('buildWeek', () => {
  const answer: WeekAnswer = {
    from: '2026-11-30', to: '2026-12-06',
    people: [
      {
        user_id: 7, name: 'Ana',
        activities: [
          // 23:30 UTC on Sunday the 29th is 00:30 on Monday in Madrid: Monday's, not outside the week.
          { id: 1, kind: 'call', subject: 'Early call', status: 'planned', planned_at: '2026-11-29T23:30:00Z' },
          { id: 2, kind: 'visit', subject: 'Clinic visit', status: 'done', planned_at: '2026-12-03T09:00:00Z' },
          { id: 3, kind: 'meeting', subject: 'Kick-off', status: 'cancelled', planned_at: '2026-12-03T08:15:00Z' },
          { id: 4, kind: 'visit', subject: 'Never planned', status: 'done', planned_at: null },
          // Sunday 23:30 in Madrid is 22:30 UTC: still this week's Sunday.
          { id: 5, kind: 'call', subject: 'Late call', status: 'planned', planned_at: '2026-12-06T22:30:00Z' },
        ],
        tasks: [{ id: 9, title: 'Send samples', due_on: '2026-12-03', done: false }],
      },
      { user_id: 8, name: 'Ben', activities: [{ id: 6, kind: 'call', subject: 'Ben calls', status: 'planned', planned_at: '2026-12-01T10:00:00Z' }], tasks: [] },
    ],
  };

  it('lays the answer out as seven company days with each item on its day at its time', () => {
    const days = buildWeek(answer, 'Europe/Madrid');
    expect(days.map((d) => d.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(days[0].items.map((i) => [i.id, i.time])).toEqual([[1, '00:30']]);
    expect(days[1].items.map((i) => [i.title, i.person, i.userId])).toEqual([['Ben calls', 'Ben', 8]]);
    // The task (all day) first, then by time.
    expect(days[3].items.map((i) => [i.type, i.id, i.time, i.kind, i.status])).toEqual([
      ['task', 9, '', 'task', 'open'],
      ['activity', 3, '09:15', 'meeting', 'cancelled'],
      ['activity', 2, '10:00', 'visit', 'done'],
    ]);
    expect(days[6].items.map((i) => [i.id, i.time])).toEqual([[5, '23:30']]);
    // Each item links to its record; an activity without a planned time has no place.
    expect(days[3].items.map((i) => i.href)).toEqual(['/tasks/9', '/activities/3', '/activities/2']);
    expect(days.flatMap((d) => d.items).some((i) => i.id === 4)).toBe(false);
  });

  it('reads the days in the company zone, not the browser one', () => {
    const days = buildWeek(answer, 'UTC');
    // In UTC the early call is on Sunday the 29th: outside this week.
    expect(days[0].items).toEqual([]);
    expect(days[6].items.map((i) => [i.id, i.time])).toEqual([[5, '22:30']]);
  });

  it('gives empty days for an empty week', () => {
    const days = buildWeek({ from: '2026-12-28', to: '2027-01-03', people: [] }, 'UTC');
    expect(days.map((d) => d.date).at(-1)).toBe('2027-01-03');
    expect(days.every((d) => d.items.length === 0)).toBe(true);
  });

  it('writes the time with 24 hours', () => {
    expect(timeIn('Asia/Shanghai', '2026-12-03T16:05:00Z')).toBe('00:05');
    expect(timeIn('UTC', '2026-12-03T13:45:00Z')).toBe('13:45');
  });
});

describe('who a leader may pick', () => {
  const teams = [
    { id: 1, name: 'North', leader_id: 10, parent_id: 3 },
    { id: 2, name: 'South', leader_id: 11, parent_id: 3 },
    { id: 3, name: 'Iberia', leader_id: 20, parent_id: null },
    { id: 4, name: 'Export', leader_id: 30, parent_id: null },
  ];
  const users = [
    { id: 10, name: 'Manager North', team_id: 1 },
    { id: 11, name: 'Manager South', team_id: 2 },
    { id: 12, name: 'Zoe', team_id: 1 },
    { id: 13, name: 'Adam', team_id: 1 },
    { id: 14, name: 'Sam', team_id: 2 },
    { id: 15, name: 'Gone', team_id: 1, active: false },
    { id: 20, name: 'Senior', team_id: 3 },
    { id: 31, name: 'Exporter', team_id: 4 },
  ];
  const ids = (r: { teams: { id: number }[]; users: { id: number }[] }) => [r.teams.map((t) => t.id), r.users.map((u) => u.id)];

  it('a manager: the team they lead and its active people by name, not themselves', () => {
    expect(ids(pickable('manager', 10, teams, users))).toEqual([[1], [13, 12]]);
  });
  it('a senior manager: their team and the teams under it', () => {
    expect(ids(pickable('senior_manager', 20, teams, users))).toEqual([[3, 1, 2], [13, 10, 11, 14, 12]]);
  });
  it('the director: every team and every active person', () => {
    expect(ids(pickable('director', 99, teams, users))).toEqual([[4, 3, 1, 2], [13, 31, 10, 11, 14, 20, 12]]);
  });
  it('a rep, finance or nobody: nothing to pick', () => {
    for (const role of ['rep', 'finance', 'admin', undefined]) expect(ids(pickable(role, 12, teams, users))).toEqual([[], []]);
  });
});

describe('the request and the feed URL', () => {
  it('asks for the date and the picked person or team', () => {
    expect(weekQuery('2026-11-30', '')).toBe('date=2026-11-30');
    expect(weekQuery('2026-11-30', 'u:7')).toBe('date=2026-11-30&user_id=7');
    expect(weekQuery('2026-11-30', 't:3')).toBe('date=2026-11-30&team_id=3');
    expect(weekQuery('2026-11-30', 'x:3')).toBe('date=2026-11-30');
  });
  it('joins the page origin and the path the server answered', () => {
    const path = '/api/v1/calendar/feed.ics?token=AbC-_123';
    expect(feedUrl('https://crm.example.com', path)).toBe('https://crm.example.com/api/v1/calendar/feed.ics?token=AbC-_123');
    expect(feedUrl('http://127.0.0.1:8080/', path)).toBe('http://127.0.0.1:8080/api/v1/calendar/feed.ics?token=AbC-_123');
  });
});
