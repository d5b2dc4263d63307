#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster: initdb into a temporary folder,
# listening on a unix socket only, exported as SALESDESK_TEST_PG_URL. The cluster is stopped
# by its PID when the command ends, also when it fails or is interrupted.
set -euo pipefail

PG_BIN=$(ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true)
[[ -n "$PG_BIN" ]] || { echo "PostgreSQL 15 server binaries not found (apt-get install postgresql-15)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/salesdesk-pg.XXXXXX)
RUN_AS=()
if [[ $(id -u) -eq 0 ]]; then
  # initdb and postgres refuse to run as root: use the postgres system user (created by the
  # package). setpriv execs in place (runuser forks and waits), so $! below is the postmaster
  # itself and the shutdown signal reaches it; with runuser the postmaster outlived the script.
  chown postgres:postgres "$WORK"
  RUN_AS=(setpriv --reuid=postgres --regid=postgres --init-groups --)
fi

PG_PID=""
cleanup() {
  if [[ -n "$PG_PID" ]] && kill -0 "$PG_PID" 2>/dev/null; then
    kill -INT "$PG_PID" 2>/dev/null || true   # fast shutdown
    for _ in $(seq 1 100); do kill -0 "$PG_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$PG_PID" 2>/dev/null || true
    wait "$PG_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

"${RUN_AS[@]}" "$PG_BIN/initdb" --no-sync -D "$WORK/data" -U salesdesk --auth=trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; exit 1; }
"${RUN_AS[@]}" "$PG_BIN/postgres" -D "$WORK/data" -k "$WORK" -c listen_addresses='' \
  -c max_connections=200 -c fsync=on -c synchronous_commit=on >"$WORK/postgres.log" 2>&1 &
PG_PID=$!

for _ in $(seq 1 100); do
  if "$PG_BIN/pg_isready" -q -h "$WORK" -U salesdesk -d postgres; then break; fi
  kill -0 "$PG_PID" 2>/dev/null || { cat "$WORK/postgres.log" >&2; exit 1; }
  sleep 0.1
done
"$PG_BIN/pg_isready" -q -h "$WORK" -U salesdesk -d postgres || { cat "$WORK/postgres.log" >&2; exit 1; }

export SALESDESK_TEST_PG_HOST="$WORK"
export SALESDESK_TEST_PG_URL="postgresql://salesdesk@/postgres?host=$WORK"
echo "PostgreSQL test cluster up (pid $PG_PID, socket in $WORK)"
set +e
"$@"
rc=$?
set -e
exit $rc
