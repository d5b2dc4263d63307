#!/usr/bin/env bash
# W6 (QUALITY.md), the month's appraisal of every rep, live, on a demo company with an order
# history sized by the flags below: every rep's scorecard read one by one and in one leaderboard
# request, against the raw indexed SQL of the same month's documents, in the same run
# (bench/scorecards.py).
#   bench/scorecards.sh                                      (after a release build)
#   BIN=build/debug/src/cli/salesdesk REPS=20 ACCOUNTS=2000 LINES_PER_MONTH=1000 ROUNDS=3 bench/scorecards.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
REPS=${REPS:-40}
ACCOUNTS=${ACCOUNTS:-4000}
MONTHS=${MONTHS:-36}
LINES_PER_MONTH=${LINES_PER_MONTH:-3000}
ROUNDS=${ROUNDS:-5}
MONTH=${MONTH:-$(date -d "$(date +%Y-%m-01) -1 day" +%Y-%m)}  # the last closed month
RULES=0
BENCH_NAME=scorecards
DEMO_ARGS="--reps $REPS --accounts $ACCOUNTS --order-months $MONTHS --order-lines-per-month $LINES_PER_MONTH"
source bench/lib/demo_server.sh   # $DB, the director's $TOKEN, start_server → $BASE
start_server
python3 bench/scorecards.py "$DB" "$BASE" "$TOKEN" "$ROUNDS" "$MONTH"
