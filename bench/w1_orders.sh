#!/usr/bin/env bash
# W1 (QUALITY.md): priced order intake through the API at 16 connections, SQLite synchronous=FULL,
# against the raw anchor in the same run: a Beast server writing one order with 5 lines per
# durable transaction (bench/order_tx_anchor.cpp). The workload is the order intake of decision
# 0075, POST /sales-orders with 5 lines and no quote: decoded, each line priced by the engine with
# the account's list, numbered (SO series), stored with its lines and an audit row in one durable
# transaction. confirm: false — confirmed orders add to the account's credit exposure and the
# demo account is over its limit after ~7 of them, so every later one would be held (still a 201).
# No Idempotency-Key: every request takes a new order. No stock is reserved (there is no stock
# module). Rounds alternate anchor and API so load changes on the shared machine hit both; median
# and min–max of the rounds.
#   bench/w1_orders.sh                                              (release build)
#   ROUNDS=1 DURATION=2 BIN=build/debug/src/cli/salesdesk BENCH=... bench/w1_orders.sh   (short)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
BENCH=${BENCH:-build/release/bench}
CONNS=${CONNS:-16}
DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
ROUNDS=${ROUNDS:-3}
RULES=0
BENCH_NAME=w1
source bench/lib/demo_server.sh   # the default demo, $TOKEN, start_server → $BASE, $PID
start_server
ANCHOR_PID=
trap 'cleanup; [[ -n "$ANCHOR_PID" ]] && kill "$ANCHOR_PID" 2>/dev/null' EXIT
"$BENCH/order_tx_anchor" --db "$WORK/anchor.db" --port 0 --threads 4 2>"$WORK/anchor.log" &
ANCHOR_PID=$!
for _ in $(seq 1 50); do
  APORT=$(grep -o 'listening on 127.0.0.1:[0-9]*' "$WORK/anchor.log" | grep -o '[0-9]*$' || true)
  [[ -n "$APORT" ]] && break
  sleep 0.1
done
python3 bench/order_body.py --base "$BASE" --token "$TOKEN" --lines 5 --check >"$WORK/body.json"
orders_stored() {   # the number of sales orders the director sees
  python3 -B -c 'import sys; sys.path.insert(0, "bench"); from quote_body import call
s, d = call(sys.argv[1], sys.argv[2], "GET", "/sales-orders?limit=1")
print(d["total"] if s == 200 else -1)' "$BASE" "$TOKEN"
}
ORDERS_BEFORE=$(orders_stored)
: >"$WORK/results.jsonl"
for r in $(seq 1 "$ROUNDS"); do
  for who in anchor api; do
    if [[ $who == anchor ]]; then
      line=$("$BENCH/loadgen" --url "http://127.0.0.1:$APORT/orders" --method POST \
             --connections "$CONNS" --duration "$DURATION" --warmup "$WARMUP" --body '{}')
    else
      line=$("$BENCH/loadgen" --url "$BASE/sales-orders" --method POST --connections "$CONNS" \
             --duration "$DURATION" --warmup "$WARMUP" --header "Authorization: Bearer $TOKEN" \
             --header "Content-Type: application/json" --body-file "$WORK/body.json")
    fi
    echo "{\"round\":$r,\"who\":\"$who\",\"result\":$line}" >>"$WORK/results.jsonl"
  done
done
python3 - "$WORK/results.jsonl" "$CONNS" "$DURATION" "$(($(orders_stored) - ORDERS_BEFORE))" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
def fig(who, key):
    xs = [r["result"][key] for r in rows if r["who"] == who]
    return statistics.median(xs), min(xs), max(xs)
print(f"W1, {sys.argv[2]} connections, {sys.argv[3]} s per round, {len(rows) // 2} rounds "
      "(median, min–max)")
print("| workload | req/s | p50 ms | p99 ms | errors |")
print("|---|---|---|---|---|")
for who, label in (("anchor", "anchor: raw HTTP + order tx (5 lines, FULL)"),
                   ("api", "POST /sales-orders, 5 priced lines (one tx, FULL)")):
    rps, p50, p99 = fig(who, "rps"), fig(who, "p50_us"), fig(who, "p99_us")
    errs = sum(r["result"]["errors"] + r["result"]["non2xx"] for r in rows if r["who"] == who)
    print(f"| {label} | {rps[0]:.0f} ({rps[1]:.0f}–{rps[2]:.0f}) | {p50[0]/1000:.2f} | "
          f"{p99[0]/1000:.2f} ({p99[1]/1000:.2f}–{p99[2]/1000:.2f}) | {errs} |")
ratios = []
for r in sorted({x["round"] for x in rows}):
    a = next(x["result"] for x in rows if x["round"] == r and x["who"] == "anchor")
    b = next(x["result"] for x in rows if x["round"] == r and x["who"] == "api")
    ratios.append((b["rps"] / a["rps"], b["p99_us"] / a["p99_us"]))
t = sorted(x[0] for x in ratios); p = sorted(x[1] for x in ratios)
print(f"\nthroughput ratio API / raw: {statistics.median(t):.2f} ({t[0]:.2f}–{t[-1]:.2f}); goal ≥ 0.50")
print(f"p99 ratio API / raw: {statistics.median(p):.1f}× ({p[0]:.1f}–{p[-1]:.1f}); goal ≤ 3×")
# Each API request must have taken a new order: at least one per measured 2xx (warm-ups add more).
measured = sum(r["result"]["requests"] - r["result"]["non2xx"] for r in rows if r["who"] == "api")
print(f"orders taken during the API runs: {sys.argv[4]} (measured 2xx answers: {measured}, "
      "the rest in warm-ups)")
if int(sys.argv[4]) < measured:
    sys.exit("w1: fewer orders stored than 2xx answers: requests were replayed, not taken")
PY
