#!/usr/bin/env bash
# Platform load benchmarks (issue 2): authenticated GET of one account, a filtered list page and
# POST of a new account, at 1, 8 and 32 connections, on SQLite and on PostgreSQL; and (issue 4)
# POST of a 20-line quote at 1 and 8 connections; each compared with raw anchors measured in the
# same run (Beast hello-world; a raw SQLite insert transaction with synchronous=FULL). Run through
# `make bench` (which provides PostgreSQL), or:
#   scripts/with_postgres.sh bench/run_all.sh
#   WORKLOADS=quotes scripts/with_postgres.sh bench/run_all.sh   # anchors + quotes only
# WORKLOADS: "platform quotes w4 gzip" (default) or any of them (w4: bench/w4_quote_pricing.sh;
# gzip: bench/gzip_answers.sh); CONNS: connection counts of the platform
# workloads; QUOTE_CONNS: of the quote workload ("1 8").
# Writes a markdown table to stdout and raw JSON lines to bench/results/latest.jsonl.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=build/release/src/cli/salesdesk
BENCH=build/release/bench
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
CONNS=${CONNS:-"1 8 32"}
QUOTE_CONNS=${QUOTE_CONNS:-"1 8"}
WORKLOADS=${WORKLOADS:-"platform quotes w4 gzip"}
has() { [[ " $WORKLOADS " == *" $1 "* ]]; }
# The hello-world anchor runs at every connection count a workload is compared at.
ANCHOR_CONNS=$( (has platform && printf '%s\n' $CONNS; has quotes && printf '%s\n' $QUOTE_CONNS; true) \
               | sort -nu | tr '\n' ' ')
SERVER_THREADS=${SERVER_THREADS:-4}
OUT=bench/results
mkdir -p "$OUT"
RAW="$OUT/latest.jsonl"
: >"$RAW"
WORK=$(mktemp -d /tmp/salesdesk-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT

start_server() {  # $1 = db url; prints the port (runs in a subshell: the pid goes to a file)
  "$BIN" serve --db "$1" --listen 127.0.0.1:0 --threads "$SERVER_THREADS" >"$WORK/serve.log" 2>&1 &
  echo $! >"$WORK/serve.pid"
  for _ in $(seq 1 100); do
    port=$(grep -o 'listening on http://127.0.0.1:[0-9]*' "$WORK/serve.log" | grep -o '[0-9]*$' || true)
    [[ -n "$port" ]] && { echo "$port"; return; }
    sleep 0.1
  done
  cat "$WORK/serve.log" >&2; exit 1
}

run() {  # label conns loadgen-args...
  local label=$1 conns=$2; shift 2
  local line
  line=$("$BENCH/loadgen" --connections "$conns" --duration "$DURATION" --warmup "$WARMUP" \
         --threads 1 "$@")
  echo "{\"label\":\"$label\",\"connections\":$conns,\"result\":$line}" >>"$RAW"
  python3 - "$label" "$conns" "$line" <<'PY'
import json, sys
r = json.loads(sys.argv[3])
print(f"| {sys.argv[1]} | {sys.argv[2]} | {r['rps']:.0f} | {r['p50_us']/1000:.2f} | {r['p99_us']/1000:.2f} | {r['errors']+r['non2xx']} |")
PY
}

echo "| workload | conns | req/s | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"

# Anchor 1: Beast hello-world, no application logic.
"$BENCH/hello_server" --port 18181 --threads 1 >/dev/null 2>&1 &
PIDS+=($!)
sleep 0.3
for c in $ANCHOR_CONNS; do run "anchor: Beast hello-world" "$c" --url http://127.0.0.1:18181/; done

# Anchor 2: raw SQLite insert transaction, synchronous=FULL, in process.
line=$("$BENCH/sqlite_insert_anchor" --db "$WORK/anchor.db" --seconds "$DURATION")
echo "{\"label\":\"anchor: raw SQLite insert tx (FULL)\",\"connections\":1,\"result\":$line}" >>"$RAW"
python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(f\"| anchor: raw SQLite insert tx (FULL) | 1 | {r['rps']:.0f} | {r['p50_us']/1000:.2f} | {r['p99_us']/1000:.2f} | 0 |\")" "$line"

bench_db() {  # $1 = label, $2 = url
  local label=$1 url=$2
  "$BIN" demo --db "$url" --accounts "${ACCOUNTS:-2000}" >/dev/null
  local token port
  token=$("$BIN" token create --db "$url" --email director@medsupply.example --label bench 2>/dev/null)
  port=$(start_server "$url")
  PIDS+=("$(cat "$WORK/serve.pid")")
  local auth=(--header "Authorization: Bearer $token")
  local base="http://127.0.0.1:$port/api/v1"
  has platform && bench_platform "$label" "$base" "${auth[@]}"
  has quotes && bench_quotes "$label" "$base" "$token" "${auth[@]}"
  kill "${PIDS[-1]}" 2>/dev/null || true
  while kill -0 "${PIDS[-1]}" 2>/dev/null; do sleep 0.1; done
}

bench_platform() {  # $1 = label, $2 = base url, then the auth header arguments
  local label=$1 base=$2; shift 2
  local auth=("$@")
  for c in $CONNS; do
    run "$label: GET /auth/me (framework)" "$c" --url "$base/auth/me" "${auth[@]}"
  done
  for c in $CONNS; do
    run "$label: GET one account" "$c" --url "$base/accounts/1000" "${auth[@]}"
  done
  for c in $CONNS; do
    run "$label: GET filtered list page" "$c" \
      --url "$base/accounts?lifecycle=active&country__in=DE,ES,FR&sort=name&limit=50" "${auth[@]}"
  done
  for c in $CONNS; do
    run "$label: POST new account" "$c" --url "$base/accounts" --method POST "${auth[@]}" \
      --header "Content-Type: application/json" \
      --body-template '{"kind":"company","name":"Bench account {n}","country":"DE","currency":"EUR","owner_id":11,"credit_limit":{"amount":"25000.00","currency":"EUR"}}'
  done
}

bench_quotes() {  # $1 = label, $2 = base url, $3 = token, then the auth header arguments
  local label=$1 base=$2 token=$3; shift 3
  local auth=("$@")
  # Issue 4: POST of a 20-line draft quote (priced by the engine, numbered, lines, audit; one
  # durable transaction). The body is built from the demo data through the API and POSTed once
  # (must answer 201) before measuring; every POST makes a new quote.
  python3 bench/quote_body.py --base "$base" --token "$token" --lines 20 --check >"$WORK/quote.json"
  for c in $QUOTE_CONNS; do
    run "$label: POST 20-line quote" "$c" --url "$base/quotes" --method POST "${auth[@]}" \
      --header "Content-Type: application/json" --body-file "$WORK/quote.json"
  done
}

bench_db "SQLite" "sqlite:$WORK/bench.db"
# fsync latency drifts with other disk activity: measure the write anchor again right after.
line=$("$BENCH/sqlite_insert_anchor" --db "$WORK/anchor2.db" --seconds "$DURATION")
echo "{\"label\":\"anchor: raw SQLite insert tx (FULL), again\",\"connections\":1,\"result\":$line}" >>"$RAW"
python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(f\"| anchor: raw SQLite insert tx (FULL), again | 1 | {r['rps']:.0f} | {r['p50_us']/1000:.2f} | {r['p99_us']/1000:.2f} | 0 |\")" "$line"
if [[ -n "${SALESDESK_TEST_PG_URL:-}" ]]; then
  bench_db "PostgreSQL" "$SALESDESK_TEST_PG_URL"
else
  echo "(PostgreSQL skipped: run through scripts/with_postgres.sh)" >&2
fi

# Ratios against the anchors of this same run (the figures QUALITY.md asks for).
python3 - "$RAW" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
hello = {r["connections"]: r["result"]["rps"] for r in rows if r["label"].startswith("anchor: Beast")}
inserts = [r["result"]["rps"] for r in rows if r["label"].startswith("anchor: raw SQLite")]
insert = sum(inserts) / len(inserts)  # mean of the two anchor runs around the SQLite workloads
if any(not r["label"].startswith("anchor") and "quote" not in r["label"] for r in rows):
    print("\n| workload | conns | ratio | against |\n|---|---|---|---|")
for r in rows:
    if r["label"].startswith("anchor") or "quote" in r["label"]:
        continue
    c, rps = r["connections"], r["result"]["rps"]
    if "POST" in r["label"]:
        print(f"| {r['label']} | {c} | {rps / insert:.2f} | raw SQLite insert tx (FULL), 1 writer |")
    else:
        print(f"| {r['label']} | {c} | {rps / hello[c]:.2f} | Beast hello-world, {c} conns |")
quotes = [r for r in rows if "quote" in r["label"]]
if quotes:
    insert_p99 = [r["result"]["p99_us"] for r in rows if r["label"].startswith("anchor: raw SQLite")]
    insert_p99 = sum(insert_p99) / len(insert_p99)
    print("\n| workload | conns | req/s ÷ raw insert tx | p99 ÷ raw insert tx p99 | req/s ÷ hello-world (same conns) |")
    print("|---|---|---|---|---|")
    for r in quotes:
        c, res = r["connections"], r["result"]
        print(f"| {r['label']} | {c} | {res['rps'] / insert:.3f} | {res['p99_us'] / insert_p99:.1f} | "
              f"{res['rps'] / hello[c]:.4f} |")
PY

# W4: quote pricing against 10,000 rules vs the raw lookups of the same rows (its own database).
if has w4; then
  echo
  bench/w4_quote_pricing.sh
fi

# gzip of API answers: bytes and req/s with and without Accept-Encoding (its own database).
if has gzip; then
  echo
  bench/gzip_answers.sh
fi
