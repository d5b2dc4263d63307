-- The schedules module: public holidays, work profiles, shifts, the rota, leave, attendance.
CREATE TABLE public_holidays (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  country TEXT NOT NULL,
  date TEXT NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  half_day INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX public_holidays_country_date ON public_holidays(country, date);
CREATE INDEX public_holidays_date ON public_holidays(date);
CREATE INDEX public_holidays_name ON public_holidays(name_sort);

CREATE TABLE work_profiles (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  valid_from TEXT NOT NULL,
  country TEXT NOT NULL,
  weekdays TEXT NOT NULL DEFAULT '12345',
  half_weekdays TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX work_profiles_owner_from ON work_profiles(owner_id, valid_from);

CREATE TABLE shifts (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  kind TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  half_day INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX shifts_name ON shifts(name_sort);

CREATE TABLE rota_entries (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  date TEXT NOT NULL,
  shift_id INTEGER REFERENCES shifts(id),
  day_off INTEGER NOT NULL DEFAULT 0,
  note TEXT
);
CREATE UNIQUE INDEX rota_entries_owner_date ON rota_entries(owner_id, date);
CREATE INDEX rota_entries_date ON rota_entries(date);
CREATE INDEX rota_entries_shift ON rota_entries(shift_id);

CREATE TABLE leave_requests (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  date_from TEXT NOT NULL,
  date_to TEXT NOT NULL,
  from_half INTEGER NOT NULL DEFAULT 0,
  to_half INTEGER NOT NULL DEFAULT 0,
  kind TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'requested',
  note TEXT,
  decided_by_id INTEGER REFERENCES users(id),
  decided_on TEXT
);
CREATE INDEX leave_requests_owner_from ON leave_requests(owner_id, date_from);
CREATE INDEX leave_requests_from ON leave_requests(date_from);
CREATE INDEX leave_requests_decided_by ON leave_requests(decided_by_id);

CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  date TEXT NOT NULL,
  check_in TEXT NOT NULL,
  check_out TEXT,
  place TEXT,
  corrected INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX attendance_owner_date ON attendance(owner_id, date);
CREATE INDEX attendance_date ON attendance(date);
