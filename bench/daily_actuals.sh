#!/usr/bin/env bash
# W8 (QUALITY.md), targets against actuals per rep, over the maintained daily actuals (decision
# 0078). On a demo company with an order history sized by the flags below, for every rep, in the
# same run and interleaved:
#   anchor (W8's raw lookup): the rep's year-to-date rows of daily_actuals, one indexed range
#     per measure, raw SQLite from Python;
#   raw lines: the best raw SQL over the documents for the same figures (posted invoices less
#     credit notes by day, done visits and calls, confirmed orders; no split credit, no local
#     day: a lower bound on what reading the records costs);
#   GET /targets/progress?user_id= through the server (session, plans, decomposition, the rows,
#     day/week/month/quarter/YTD and the pace, JSON).
#   bench/daily_actuals.sh                                          (after a release build)
#   BIN=build/debug/src/cli/salesdesk LINES_PER_MONTH=600 bench/daily_actuals.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
REPS=${REPS:-40}
ACCOUNTS=${ACCOUNTS:-4000}
MONTHS=${MONTHS:-36}
LINES_PER_MONTH=${LINES_PER_MONTH:-3000}
ROUNDS=${ROUNDS:-5}
RULES=0
BENCH_NAME=daily-actuals
DEMO_ARGS="--reps $REPS --accounts $ACCOUNTS --order-months $MONTHS --order-lines-per-month $LINES_PER_MONTH"
source bench/lib/demo_server.sh   # $DB, the director's $TOKEN, start_server → $BASE
start_server
python3 bench/daily_actuals.py "$DB" "$BASE" "$TOKEN" "$ROUNDS"
