-- The appraisal's company settings (decision 0069): one row, what a rep sees of the leaderboard.
CREATE TABLE appraisal_settings (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
  scope TEXT NOT NULL UNIQUE,
  reps_see TEXT NOT NULL DEFAULT 'own_place'
);
