-- Sign-in throttling with growing delays (decision 0013): a key's failures are forgotten a while
-- after its LAST failure, not at the end of a fixed window, so the table keeps when that was.
ALTER TABLE login_failures ADD COLUMN last_failure_at INTEGER NOT NULL DEFAULT 0;
