#!/usr/bin/env bash
# W7 (QUALITY.md): the rep × month performance matrix (GET /cockpit/matrix, 36 months, the
# director: every rep) against a columnar scan of the documents' (rep, month, amount) and the best
# raw SQL over them, measured in the same run (bench/matrix.py), on a demo company with an order
# history sized by the flags below.
#   bench/matrix.sh                                           (after a release build)
#   BIN=build/debug/src/cli/salesdesk REPS=20 ACCOUNTS=2000 LINES_PER_MONTH=1000 bench/matrix.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/src/cli/salesdesk}
ANCHOR=${ANCHOR:-build/release/bench/matrix_anchor}
REPS=${REPS:-40}
ACCOUNTS=${ACCOUNTS:-4000}
MONTHS=${MONTHS:-36}
LINES_PER_MONTH=${LINES_PER_MONTH:-3000}
ROUNDS=${ROUNDS:-30}
if [[ ! -x "$ANCHOR" ]]; then  # a debug tree has no bench targets: build the anchor alone
  ANCHOR=$(mktemp /tmp/matrix_anchor.XXXXXX)
  g++ -O2 -o "$ANCHOR" bench/matrix_anchor.cpp -lsqlite3
fi
RULES=0
BENCH_NAME=matrix
DEMO_ARGS="--reps $REPS --accounts $ACCOUNTS --order-months $MONTHS --order-lines-per-month $LINES_PER_MONTH"
source bench/lib/demo_server.sh   # $DB, the director's $TOKEN, start_server → $BASE
start_server
python3 bench/matrix.py "$DB" "$BASE" "$TOKEN" "$ROUNDS" "$ANCHOR"
