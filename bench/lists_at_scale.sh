#!/usr/bin/env bash
# Lists at the size of a real company (issue 11): the demo company with $ACCOUNTS accounts (two
# contacts each on average), on SQLite and on PostgreSQL, a release server, and at one
# connection: the director's and a rep's default accounts page, the contacts page, a name
# search and a deep page; each against the raw indexed SQL of the same page, run in the same
# run through the project's driver (bench/raw_sql_page.cpp). Prints a markdown table (p50/p99 of
# both and their ratio) and the engines' plans of the raw queries.
#   scripts/with_postgres.sh bench/lists_at_scale.sh           # both engines
#   ENGINES=sqlite ACCOUNTS=200000 DURATION=5 bench/lists_at_scale.sh
# KEEP=/path keeps the generated SQLite database there (and reuses it on the next run).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=build/release/src/cli/salesdesk
BENCH=build/release/bench
ACCOUNTS=${ACCOUNTS:-200000}
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
ENGINES=${ENGINES:-"sqlite postgres"}
WORK=$(mktemp -d /tmp/salesdesk-lists.XXXXXX)
PID=
cleanup() { [[ -n "$PID" ]] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

raw() { "$BENCH/raw_sql_page" --db "$DB" "$@"; }
one() { raw --print --sql "$1" | sed 's/ *$//'; }

start_server() {
  "$BIN" serve --db "$DB" --listen 127.0.0.1:0 --threads 4 >"$WORK/serve.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 300); do
    PORT=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/serve.log" | grep -o '[0-9]*$' || true)
    [[ -n "$PORT" ]] && return
    sleep 0.1
  done
  cat "$WORK/serve.log" >&2
  exit 1
}

row() {  # engine label token path raw-sql
  local engine=$1 label=$2 token=$3 path=$4 sql=$5 app base
  app=$("$BENCH/loadgen" --url "http://127.0.0.1:$PORT/api/v1$path" --connections 1 \
        --duration "$DURATION" --warmup "$WARMUP" --threads 1 \
        --header "Authorization: Bearer $token" || true)  # no answer within $DURATION: rc 1
  base=$(raw --sql "$sql" --seconds "$DURATION")
  python3 - "$engine" "$label" "$app" "$base" <<'PY'
import json, sys
a, b = json.loads(sys.argv[3]), json.loads(sys.argv[4])
bad = a['errors'] + a['non2xx'] + b['errors']
if a['requests'] == 0:  # slower than the whole run: no percentiles to give
    print(f"| {sys.argv[1]} | {sys.argv[2]} | > {a['duration_s']*1000:.0f} | > {a['duration_s']*1000:.0f} "
          f"| {b['p50_us']/1000:.2f} | {b['p99_us']/1000:.2f} | - | - | {bad} |")
    sys.exit(0)
print(f"| {sys.argv[1]} | {sys.argv[2]} | {a['p50_us']/1000:.2f} | {a['p99_us']/1000:.2f} "
      f"| {b['p50_us']/1000:.2f} | {b['p99_us']/1000:.2f} | {a['p50_us']/b['p50_us']:.0f}x "
      f"| {a['p99_us']/b['p99_us']:.0f}x | {bad} |")
PY
  echo "$engine · $label: $sql" >>"$WORK/plans.txt"
  raw --plan --sql "$sql" | sed 's/^/    /' >>"$WORK/plans.txt"
}

echo "| engine | page | app p50 ms | app p99 ms | raw p50 ms | raw p99 ms | p50 ratio | p99 ratio | errors |"
echo "|---|---|---|---|---|---|---|---|---|"
for engine in $ENGINES; do
  if [[ $engine == sqlite ]]; then
    DB="sqlite:${KEEP:-$WORK/lists.db}"
  else
    DB=${SALESDESK_TEST_PG_URL:?run through scripts/with_postgres.sh for PostgreSQL}
  fi
  "$BIN" demo --db "$DB" --accounts "$ACCOUNTS" --if-empty >"$WORK/demo.log"
  [[ $engine == postgres ]] && one "ANALYZE" >/dev/null
  DIRECTOR=$("$BIN" token create --db "$DB" --email director@medsupply.example --label lists)
  REP=$("$BIN" token create --db "$DB" --email rep1@medsupply.example --label lists)
  REP_ID=$(one "SELECT id FROM users WHERE email = 'rep1@medsupply.example'")
  # A word of a name in the middle of the table, and the sort key at the deep page's start.
  WORD=$(one "SELECT name_sort FROM accounts ORDER BY id LIMIT 1 OFFSET $((ACCOUNTS / 2))" |
         awk '{print substr($1, 1, 5)}')
  DEEP=$((ACCOUNTS / 2))
  DEEP_AT="FROM accounts ORDER BY name_sort, id LIMIT 1 OFFSET $((DEEP - 1))"
  DEEP_KEY=$(one "SELECT name_sort $DEEP_AT")
  DEEP_ID=$(one "SELECT id $DEEP_AT")
  start_server
  row "$engine" "director: accounts, default (sort=name)" "$DIRECTOR" \
    "/accounts?sort=name&limit=25" \
    "SELECT * FROM accounts ORDER BY name_sort, id LIMIT 25"
  row "$engine" "director: accounts by -updated_at" "$DIRECTOR" \
    "/accounts?sort=-updated_at&limit=25" \
    "SELECT * FROM accounts ORDER BY updated_at DESC, id DESC LIMIT 25"
  row "$engine" "rep: accounts, default (sort=name)" "$REP" \
    "/accounts?sort=name&limit=25" \
    "SELECT * FROM accounts WHERE owner_id = $REP_ID ORDER BY name_sort, id LIMIT 25"
  row "$engine" "director: contacts, default (sort=last_name)" "$DIRECTOR" \
    "/contacts?sort=last_name&limit=25" \
    "SELECT * FROM contacts ORDER BY last_name_sort, id LIMIT 25"
  row "$engine" "director: name search q=$WORD" "$DIRECTOR" \
    "/accounts?q=$WORD&sort=name&limit=25" \
    "SELECT * FROM accounts WHERE name_sort >= '$WORD' AND name_sort < '$WORD~' \
     ORDER BY name_sort, id LIMIT 25"
  DEEP_RAW="SELECT * FROM accounts WHERE (name_sort, id) > ('${DEEP_KEY//\'/\'\'}', $DEEP_ID) \
            ORDER BY name_sort, id LIMIT 25"
  row "$engine" "director: deep page (offset $DEEP)" "$DIRECTOR" \
    "/accounts?sort=name&limit=25&offset=$DEEP" "$DEEP_RAW"
  # The same page by the cursor of the row before it (servers with keyset pages only).
  AFTER=$(curl -s -H "Authorization: Bearer $DIRECTOR" \
    "http://127.0.0.1:$PORT/api/v1/accounts?sort=name&limit=1&count=none&offset=$((DEEP - 1))" |
    python3 -c 'import json,sys; print(json.load(sys.stdin).get("next") or "")')
  if [[ -n "$AFTER" ]]; then
    row "$engine" "director: deep page (after=cursor)" "$DIRECTOR" \
      "/accounts?sort=name&limit=25&after=$AFTER" "$DEEP_RAW"
    row "$engine" "director: accounts, default, count=none" "$DIRECTOR" \
      "/accounts?sort=name&limit=25&count=none" \
      "SELECT * FROM accounts ORDER BY name_sort, id LIMIT 25"
  fi
  kill "$PID" && wait "$PID" 2>/dev/null || true
  PID=
done
echo
echo "Plans of the raw queries:"
cat "$WORK/plans.txt"
