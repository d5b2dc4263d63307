#!/usr/bin/env bash
# Search at the size of a real company (issue 11, decision 0064): the demo company with
# $ACCOUNTS accounts on SQLite and PostgreSQL, a server with 4 threads, one connection, and the
# command palette's searches (q=<prefix>, limit 5, count=none) for accounts (director and a
# rep), quotes by number and by their customer's name, orders by customer, plus a list page with
# its count (q=<word>, limit 25). Each against the raw full-text query of the same rows (FTS5
# MATCH / the GIN-indexed tsvector), run in the same run through the project's driver
# (bench/raw_sql_page.cpp). Prints a markdown table (p50/p99 of both and their ratio) and the
# engines' plans of the raw queries.
#   scripts/with_postgres.sh bench/search_at_scale.sh            # both engines
#   ENGINES=sqlite ACCOUNTS=200000 DURATION=5 bench/search_at_scale.sh
# KEEP=/path keeps the generated SQLite database there (and reuses it on the next run).
# BUILD=build/debug measures a debug build configured with -DSALESDESK_BUILD_BENCH=ON (its
# sanitizers slow the app side: the ratios then overstate the app's cost).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build/release}
BIN=$BUILD/src/cli/salesdesk
BENCH=$BUILD/bench
ACCOUNTS=${ACCOUNTS:-200000}
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
ENGINES=${ENGINES:-"sqlite postgres"}
WORK=$(mktemp -d /tmp/salesdesk-search.XXXXXX)
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
if a['requests'] == 0:
    print(f"| {sys.argv[1]} | {sys.argv[2]} | > {a['duration_s']*1000:.0f} | > {a['duration_s']*1000:.0f} "
          f"| {b['p50_us']/1000:.2f} | {b['p99_us']/1000:.2f} | - | - | {b['rows']} | {bad} |")
    sys.exit(0)
print(f"| {sys.argv[1]} | {sys.argv[2]} | {a['p50_us']/1000:.2f} | {a['p99_us']/1000:.2f} "
      f"| {b['p50_us']/1000:.2f} | {b['p99_us']/1000:.2f} | {a['p50_us']/b['p50_us']:.1f}x "
      f"| {a['p99_us']/b['p99_us']:.1f}x | {b['rows']} | {bad} |")
PY
  echo "$engine · $label: $sql" >>"$WORK/plans.txt"
  raw --plan --sql "$sql" | sed 's/^/    /' >>"$WORK/plans.txt"
}

# The raw full-text match of `table` for the engine's query text (the rows' ids).
match() {  # table query-text columns...
  local table=$1 query=$2 doc
  shift 2
  if [[ $ENGINE == sqlite ]]; then
    echo "SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH '$query'"
  else
    doc=$(printf " || ' ' || coalesce(%s, '')" "$@")
    echo "SELECT id FROM $table WHERE to_tsvector('simple', salesdesk_search_text(${doc:11})) @@ to_tsquery('simple', salesdesk_fold('$query'))"
  fi
}
word() {  # the engine's query for word prefixes, all required (quoted for a SQL literal)
  local out="" w
  for w in "$@"; do
    if [[ $ENGINE == sqlite ]]; then out+="${out:+ AND }\"$w\"*"; else out+="${out:+ & }''$w'':*"; fi
  done
  echo "$out"
}

echo "| engine | search | app p50 ms | app p99 ms | raw p50 ms | raw p99 ms | p50 ratio | p99 ratio | rows | errors |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for ENGINE in $ENGINES; do
  if [[ $ENGINE == sqlite ]]; then
    DB="sqlite:${KEEP:-$WORK/search.db}"
  else
    DB=${SALESDESK_TEST_PG_URL:?run through scripts/with_postgres.sh for PostgreSQL}
  fi
  "$BIN" demo --db "$DB" --accounts "$ACCOUNTS" --if-empty >"$WORK/demo.log"
  [[ $ENGINE == postgres ]] && one "ANALYZE" >/dev/null
  DIRECTOR=$("$BIN" token create --db "$DB" --email director@medsupply.example --label search)
  REP=$("$BIN" token create --db "$DB" --email rep1@medsupply.example --label search)
  REP_ID=$(one "SELECT id FROM users WHERE email = 'rep1@medsupply.example'")
  # A 3-letter prefix of the last word of a name in the middle of the table (the palette
  # searches from 2 letters typed), the whole word for the list page, a rep's customer, the
  # newest quote's number and its customer's first word.
  NAME=$(one "SELECT name FROM accounts ORDER BY id LIMIT 1 OFFSET $((ACCOUNTS / 2))")
  LAST=$(python3 -c 'import sys,unicodedata as u; w=sys.argv[1].split()[-1]; print("".join(c for c in u.normalize("NFD",w) if not u.combining(c)).lower())' "$NAME")
  PREFIX=${LAST:0:3}
  REP_NAME=$(one "SELECT name FROM accounts WHERE owner_id = $REP_ID ORDER BY id LIMIT 1")
  REP_PREFIX=$(python3 -c 'import sys,unicodedata as u; w=sys.argv[1].split()[0]; print("".join(c for c in u.normalize("NFD",w) if not u.combining(c)).lower()[:4])' "$REP_NAME")
  QUOTE=$(one "SELECT number FROM quotes ORDER BY id DESC LIMIT 1")
  CUSTOMER=$(one "SELECT a.name FROM quotes q JOIN accounts a ON a.id = q.account_id ORDER BY q.id DESC LIMIT 1")
  CUST=$(python3 -c 'import sys,unicodedata as u; w=sys.argv[1].split()[0]; print("".join(c for c in u.normalize("NFD",w) if not u.combining(c)).lower()[:5])' "$CUSTOMER")
  RUNNING=$((10#${QUOTE##*-}))   # the running number without its zeros
  ACC=(accounts name legal_name city tax_id)
  start_server
  row "$ENGINE" "palette: accounts q=$PREFIX (director)" "$DIRECTOR" \
    "/accounts?q=$PREFIX&limit=5&count=none" \
    "SELECT * FROM accounts WHERE id IN ($(match accounts "$(word "$PREFIX")" "${ACC[@]:1}")) ORDER BY id LIMIT 5"
  row "$ENGINE" "palette: accounts q=$REP_PREFIX (rep)" "$REP" \
    "/accounts?q=$REP_PREFIX&limit=5&count=none" \
    "SELECT * FROM accounts WHERE owner_id = $REP_ID AND id IN ($(match accounts "$(word "$REP_PREFIX")" "${ACC[@]:1}")) ORDER BY id LIMIT 5"
  row "$ENGINE" "palette: quotes q=$QUOTE (number)" "$DIRECTOR" \
    "/quotes?q=$QUOTE&limit=5&count=none" \
    "SELECT * FROM quotes WHERE id IN ($(match quotes "$(word q "${QUOTE:2:4}" "${QUOTE##*-}")" number notes)) ORDER BY id LIMIT 5"
  row "$ENGINE" "palette: quotes q=$RUNNING (number, no zeros)" "$DIRECTOR" \
    "/quotes?q=$RUNNING&limit=5&count=none" \
    "SELECT * FROM quotes WHERE id IN ($(match quotes "$(word "$(printf '%05d' "$RUNNING")")" number notes)) ORDER BY id LIMIT 5"
  row "$ENGINE" "palette: quotes q=$CUST (customer)" "$DIRECTOR" \
    "/quotes?q=$CUST&limit=5&count=none" \
    "SELECT * FROM quotes WHERE account_id IN ($(match accounts "$(word "$CUST")" "${ACC[@]:1}")) ORDER BY id LIMIT 5"
  row "$ENGINE" "palette: orders q=$CUST (customer)" "$DIRECTOR" \
    "/sales-orders?q=$CUST&limit=5&count=none" \
    "SELECT * FROM sales_orders WHERE account_id IN ($(match accounts "$(word "$CUST")" "${ACC[@]:1}")) ORDER BY id LIMIT 5"
  row "$ENGINE" "list: accounts q=$LAST, counted (limit 25)" "$DIRECTOR" \
    "/accounts?q=$LAST&sort=name&limit=25" \
    "SELECT * FROM accounts WHERE id IN ($(match accounts "$(word "$LAST")" "${ACC[@]:1}")) ORDER BY name_sort, id LIMIT 25"
  kill "$PID" && wait "$PID" 2>/dev/null || true
  PID=
done
echo
echo "Plans of the raw queries:"
cat "$WORK/plans.txt"
