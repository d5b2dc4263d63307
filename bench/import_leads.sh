#!/usr/bin/env bash
# Import at scale (issue 11, QUALITY.md G13): a CSV of $ROWS leads (100,000 by default) imported
# through the API into the demo company on SQLite — upload, mapping as proposed, run — against a
# raw batched insert of the same rows into the same table in the same run (Python's sqlite3:
# executemany, $BATCH rows per transaction, WAL, synchronous=FULL, no application logic). Polls
# GET /imports/{id} every 0.1 s and reports the longest gap between two moves of progress_at.
#   bench/import_leads.sh
#   ROWS=20000 BIN=build/debug/src/cli/salesdesk bench/import_leads.sh   # debug build: ASan, slow
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
ROWS=${ROWS:-100000}
BATCH=${BATCH:-500}
WORK=$(mktemp -d /tmp/salesdesk-import.XXXXXX)
PID=
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
DB="$WORK/bench.db"

"$BIN" demo --db "sqlite:$DB" >"$WORK/demo.log"
TOKEN=$("$BIN" token create --db "sqlite:$DB" --email rep1@medsupply.example --label import-bench)

python3 - "$ROWS" "$WORK/leads.csv" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
countries = ["DE", "ES", "PT", "FR", "IT", "AT", "CN", "GB"]
sources = ["web", "referral", "event", "campaign", "cold_call", "import"]
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("\ufefffirst_name,last_name,company,job_title,email,phone,country,source,campaign\r\n")
    for i in range(n):
        f.write(f"Vorname{i},Nachname{i},\"Klinik {i} GmbH, Haus {i % 7}\",Einkauf,"
                f"lead{i}@klinik{i}.example,+49 30 {1000000 + i},{countries[i % 8]},"
                f"{sources[i % 6]},Messe {i % 12}\r\n")
PY

"$BIN" serve --db "sqlite:$DB" --listen 127.0.0.1:0 --threads 4 >"$WORK/serve.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  PORT=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/serve.log" | grep -o '[0-9]*$' || true)
  [[ -n "$PORT" ]] && break
  sleep 0.1
done
[[ -n "$PORT" ]] || { cat "$WORK/serve.log" >&2; exit 1; }

python3 - "$PORT" "$TOKEN" "$WORK/leads.csv" "$DB" "$ROWS" "$BATCH" <<'PY'
import http.client, json, sqlite3, sys, time
port, token, path, db, rows, batch = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
auth = {"Authorization": f"Bearer {token}"}

def call(method, target, body=None, headers=None):
    c = http.client.HTTPConnection("127.0.0.1", int(port), timeout=120)
    c.request(method, target, body=body, headers={**auth, **(headers or {})})
    r = c.getresponse()
    data = r.read()
    c.close()
    if r.status >= 300:
        sys.exit(f"{method} {target}: {r.status} {data[:400]!r}")
    return json.loads(data) if data else None

data = open(path, "rb").read()
t0 = time.monotonic()
up = call("POST", "/api/v1/imports?entity=leads", data, {"Content-Type": "text/csv"})
t_upload = time.monotonic() - t0
iid = up["id"]
call("POST", f"/api/v1/imports/{iid}/run")
t1 = time.monotonic()
last_at, last_move, gaps, state = None, t1, [], None
while True:
    state = call("GET", f"/api/v1/imports/{iid}")
    now = time.monotonic()
    if state["progress_at"] != last_at:
        if last_at is not None:
            gaps.append(now - last_move)
        last_at, last_move = state["progress_at"], now
    if state["status"] != "running":
        break
    time.sleep(0.1)
t_run = time.monotonic() - t1
assert state["status"] == "done" and state["rows_created"] == rows, state

# The raw anchor: the same rows, the same table, batched transactions, nothing else.
import csv
con = sqlite3.connect(db, isolation_level=None)
con.execute("PRAGMA journal_mode=WAL")
con.execute("PRAGMA synchronous=FULL")
owner = con.execute("SELECT id FROM users WHERE email = 'rep1@medsupply.example'").fetchone()[0]
with open(path, encoding="utf-8-sig", newline="") as f:
    rdr = csv.DictReader(f)
    values = [(r["first_name"], r["last_name"], r["company"], r["job_title"], r["email"], r["phone"],
               r["country"], r["source"], r["campaign"], owner) for r in rdr]
t2 = time.monotonic()
for i in range(0, len(values), batch):
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO leads (first_name, first_name_sort, last_name, last_name_sort, company,"
        " company_sort, job_title, email, phone, country, source, campaign, owner_id, status, score,"
        " version, created_at, updated_at)"
        " VALUES (?1, lower(?1), ?2, lower(?2), ?3, lower(?3), ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'new', 0,"
        " 1, 0, 0)", values[i:i + batch])
    con.execute("COMMIT")
t_raw = time.monotonic() - t2

print(f"| rows | upload s | run s | rows/s (API) | raw batched insert s | rows/s (raw) | ratio | max progress gap s |")
print(f"|---|---|---|---|---|---|---|---|")
print(f"| {rows:,} | {t_upload:.2f} | {t_run:.1f} | {rows / t_run:,.0f} | {t_raw:.2f} | {rows / t_raw:,.0f} "
      f"| {t_run / t_raw:.0f}x | {max(gaps) if gaps else 0:.2f} |")
PY
